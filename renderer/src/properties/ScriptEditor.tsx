import { useEffect, useRef } from 'react';
import { monaco } from '../monaco/setup';

export interface ScriptEditorProps {
  code: string;
  /** The state's input names, offered in completion as variables the script can read. */
  inputs: readonly string[];
  onCommit(code: string): void;
}

let provider: { dispose(): void } | undefined;
let currentInputs: readonly string[] = [];

/** One completion provider for every script editor; it offers the inputs of the state shown. */
function registerInputCompletion(): void {
  provider ??= monaco.languages.registerCompletionItemProvider('javascript', {
    provideCompletionItems(model, position) {
      const word = model.getWordUntilPosition(position);
      const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
      return {
        suggestions: currentInputs.map((name) => ({
          label: name,
          kind: monaco.languages.CompletionItemKind.Variable,
          insertText: name,
          detail: 'state input',
          range,
        })),
      };
    },
  });
}

/**
 * A state's script in Monaco (JavaScript). The text is committed as one step when the editor loses
 * focus or on Ctrl+S, like the other fields, so typing does not flood the history.
 */
export function ScriptEditor({ code, inputs, onCommit }: ScriptEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const commitRef = useRef(onCommit);
  commitRef.current = onCommit;
  currentInputs = inputs;

  useEffect(() => {
    if (!host.current) return;
    registerInputCompletion();
    const created = monaco.editor.create(host.current, {
      value: code,
      language: 'javascript',
      automaticLayout: true,
      minimap: { enabled: false },
      theme: 'vs-dark',
      fontSize: 12,
      lineNumbers: 'off',
      scrollBeyondLastLine: false,
      ariaLabel: 'Script',
    });
    editor.current = created;
    const commit = () => {
      const value = created.getValue();
      commitRef.current(value);
    };
    created.onDidBlurEditorText(commit);
    created.onKeyDown((e) => {
      if ((e.ctrlKey || e.metaKey) && e.keyCode === monaco.KeyCode.KeyS) commit();
    });
    return () => created.dispose();
    // The editor is created once; later code changes arrive through the effect below.
  }, []);

  useEffect(() => {
    const current = editor.current;
    if (current && !current.hasTextFocus() && current.getValue() !== code) current.setValue(code);
  }, [code]);

  return <div className="script-editor nokey" ref={host} />;
}
