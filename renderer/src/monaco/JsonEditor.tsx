import { useEffect, useRef } from 'react';
import { monaco } from './setup';

export interface JsonEditorProps {
  value: string;
  onChange(value: string): void;
  /** The accessible name of the editor's text area ("Inputs"). */
  label: string;
  height?: number;
  /** Ctrl+Enter inside the editor. */
  onSubmit?(): void;
}

/** A small Monaco editor for JSON, controlled by `value`; Monaco marks syntax errors as the user types. */
export function JsonEditor({ value, onChange, label, height = 120, onSubmit }: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<ReturnType<typeof monaco.editor.create> | null>(null);
  const handlers = useRef({ onChange, onSubmit });
  handlers.current = { onChange, onSubmit };

  useEffect(() => {
    if (!host.current) return;
    const created = monaco.editor.create(host.current, {
      value,
      language: 'json',
      automaticLayout: true,
      minimap: { enabled: false },
      lineNumbers: 'off',
      scrollBeyondLastLine: false,
      theme: 'vs-dark',
      fontSize: 13,
      ariaLabel: label,
      tabSize: 2,
    });
    created.onDidChangeModelContent(() => handlers.current.onChange(created.getValue()));
    created.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => handlers.current.onSubmit?.());
    editor.current = created;
    return () => created.dispose();
    // The editor is made once; later values arrive through the effect below.
  }, []);

  useEffect(() => {
    const current = editor.current;
    if (current && current.getValue() !== value) current.setValue(value);
  }, [value]);

  return <div className="json-editor nokey" ref={host} style={{ height }} data-label={label} />;
}
