// Monaco from the local bundle only: its workers are built by Vite (`?worker`), so no request ever
// leaves the machine (the default loader would fetch them from a CDN).
import * as monaco from 'monaco-editor/editor/editor.api';
// The editor's features (completion, hover, find, folding...): editor.api alone has none of them.
import 'monaco-editor/features/register.all';
import 'monaco-editor/language/json/monaco.contribution';
import 'monaco-editor/language/typescript/monaco.contribution';
import 'monaco-editor/languages/definitions/javascript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'json') return new JsonWorker();
    // Scripts are JavaScript; the TypeScript worker gives them completion and syntax errors.
    if (label === 'typescript' || label === 'javascript') return new TsWorker();
    return new EditorWorker();
  },
};

export { monaco };
