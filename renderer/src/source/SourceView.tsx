// The typed module behind 'monaco-editor/language/json/monaco.contribution' (which has no .d.ts).
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import { useEffect, useMemo, useRef, useState } from 'react';
import { checkFlux, parseFlux, serializeFlux, type Diagnostic, type FluxDocument } from '../../../shared/model';
import { monaco } from '../monaco/setup';
import { useStudio } from '../store/context';
import { useCurrentDocument } from '../store/hooks';
import { FLUX_SCHEMA, FLUX_SCHEMA_URI } from './flux-schema';
import { diagnosticText, markersOf } from './source-markers';
import './source.css';

/** How long typing pauses before the text is taken as the document. */
export const SOURCE_DEBOUNCE_MS = 400;

jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  enableSchemaRequest: false,
  schemas: [{ uri: FLUX_SCHEMA_URI, fileMatch: ['*.flux'], schema: FLUX_SCHEMA }],
});

const toSeverity = (s: Diagnostic['severity']) => (s === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning);

/**
 * The selected service's .flux text in Monaco, editable. Text that parses replaces the document as
 * one 'source.edit' step after a pause in typing (so undo and the canvas follow); text that does
 * not parse shows its problems and waits. Changes made elsewhere (canvas, undo) replace the text,
 * unless it holds an edit that does not parse yet, which is never thrown away.
 */
export function SourceView() {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const applySourceText = useStudio((s) => s.applySourceText);
  const open = useCurrentDocument();
  const doc = open?.doc;
  const savedDoc = open?.savedDoc;
  const savedText = open?.savedText;
  const text = useMemo(() => (doc ? (doc === savedDoc ? savedText : serializeFlux(doc)) : savedText), [doc, savedDoc, savedText]);
  const [problems, setProblems] = useState<Diagnostic[]>([]);
  // The document this view itself produced last: when the store hands it back, the text stays as typed.
  const applied = useRef<FluxDocument | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The service the editor's model belongs to: a pending edit is applied to it even after the selection moved on.
  const modelService = useRef<string | undefined>(undefined);
  const apply = useRef(applySourceText);
  apply.current = applySourceText;

  const check = (model: monaco.editor.ITextModel) => {
    // checkFlux places validation problems too (a missing target state, an expression that does not parse).
    const { document, diagnostics } = checkFlux(model.getValue());
    monaco.editor.setModelMarkers(
      model,
      'flux',
      markersOf(diagnostics, (line) => model.getLineLength(Math.min(line, model.getLineCount()))).map((m) => ({ ...m, severity: toSeverity(m.severity) })),
    );
    setProblems(document ? [] : diagnostics);
    return document;
  };

  const flush = () => {
    clearTimeout(pending.current);
    pending.current = undefined;
    const model = editor.current?.getModel();
    const name = modelService.current;
    if (!model || !name) return;
    if (!check(model)) return;
    // Remember the document the store now holds, so its echo does not rewrite the text as typed.
    applied.current = apply.current(name, model.getValue());
  };

  /**
   * Lets go of the editor's model: a pending edit is applied first, and a text that does not parse
   * is kept (the model stays alive) so coming back to the service finds it as it was left.
   */
  const release = () => {
    const model = editor.current?.getModel();
    if (pending.current !== undefined) flush();
    if (model && parseFlux(model.getValue()).document) model.dispose();
  };

  useEffect(() => {
    if (!host.current) return;
    const created = monaco.editor.create(host.current, {
      automaticLayout: true,
      minimap: { enabled: false },
      theme: 'vs-dark',
      fontSize: 13,
      tabSize: 2,
      ariaLabel: 'Source',
      scrollBeyondLastLine: false,
    });
    editor.current = created;
    created.onDidChangeModelContent((event) => {
      if (event.isFlush) return;
      clearTimeout(pending.current);
      pending.current = setTimeout(flush, SOURCE_DEBOUNCE_MS);
    });
    // Ctrl+S saves what was typed a moment ago: take it before the window's shortcut saves.
    created.onKeyDown((e) => {
      if ((e.ctrlKey || e.metaKey) && e.keyCode === monaco.KeyCode.KeyS && pending.current !== undefined) flush();
    });
    return () => {
      release();
      created.dispose();
    };
  }, []);

  // One model per service, named after its file so the schema's `*.flux` match applies.
  useEffect(() => {
    const created = editor.current;
    if (!created || !open) return;
    const uri = monaco.Uri.parse(`inmemory://flux-studio/${open.path}`);
    if (created.getModel()?.uri.toString() === uri.toString()) return;
    release();
    // A draft that did not parse, left here earlier, is shown again rather than the document.
    const kept = monaco.editor.getModel(uri);
    const model = kept ?? monaco.editor.createModel(text ?? '', 'json', uri);
    created.setModel(model);
    modelService.current = open.name;
    applied.current = null;
    check(model);
  }, [open?.path]);

  // A change from elsewhere: replace the text, keeping the cursor where it was.
  useEffect(() => {
    const created = editor.current;
    const model = created?.getModel();
    if (!created || !model || text === undefined) return;
    if (doc && doc === applied.current) return;
    // The model itself says whether it holds a draft that does not parse (the problems state may lag a render behind).
    if (pending.current !== undefined || !parseFlux(model.getValue()).document) return;
    if (model.getValue() === text) return;
    const view = created.saveViewState();
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
    if (view) created.restoreViewState(view);
    check(model);
  }, [text, doc]);

  return (
    <div className="source-tab">
      <div className="source-view nokey" ref={host} aria-label="Source" />
      {problems.length > 0 && (
        <div className="source-problems" role="status" aria-label="Source problems">
          <strong>Not applied: the text does not parse.</strong>
          {problems.map((d, i) => (
            <div key={i}>{diagnosticText(d)}</div>
          ))}
        </div>
      )}
    </div>
  );
}
