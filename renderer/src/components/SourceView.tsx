import { useEffect, useRef } from 'react';
import { monaco } from '../monaco/setup';
import { useStudio } from '../store/context';

/** The selected service's .flux text in Monaco. */
export function SourceView() {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<ReturnType<typeof monaco.editor.create> | null>(null);
  const text = useStudio((s) => (s.selectedService ? s.open[s.selectedService]?.file.text : undefined));

  useEffect(() => {
    if (!host.current) return;
    editor.current = monaco.editor.create(host.current, {
      language: 'json',
      readOnly: true,
      automaticLayout: true,
      minimap: { enabled: false },
      theme: 'vs-dark',
      fontSize: 13,
    });
    return () => editor.current?.dispose();
  }, []);

  useEffect(() => {
    if (editor.current && text !== undefined && editor.current.getValue() !== text) editor.current.setValue(text);
  }, [text]);

  return <div className="source-view nokey" ref={host} aria-label="Source" />;
}
