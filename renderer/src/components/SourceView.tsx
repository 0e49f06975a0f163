import { useEffect, useMemo, useRef } from 'react';
import { monaco } from '../monaco/setup';
import { serializeFlux } from '../../../shared/model';
import { useCurrentDocument } from '../store/hooks';

/** The selected service's .flux text in Monaco. */
export function SourceView() {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<ReturnType<typeof monaco.editor.create> | null>(null);
  const open = useCurrentDocument();
  const doc = open?.doc;
  const savedText = open?.savedText;
  // What the file will hold when saved; a file that does not parse shows as it is on disk.
  const text = useMemo(() => (doc ? (doc === open?.savedDoc ? savedText : serializeFlux(doc)) : savedText), [doc, open?.savedDoc, savedText]);

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
