import { diagnosticText } from './source-markers';
import type { OpenDocument } from '../store/documents-slice';

/**
 * A service whose file does not parse: why (line:col message), and its text as it is on disk. The
 * studio never writes over it until the text parses (fix it in the Source tab or another editor).
 */
export function ParseErrorView({ open }: { open: OpenDocument }) {
  return (
    <div className="parse-error-view" role="alert" aria-label={`${open.name} does not parse`}>
      <h2>{open.name} cannot be drawn: its file does not parse</h2>
      <p>
        {open.path} is left as it is on disk until it parses. Fix it in the Source tab, or in another editor: the studio reloads it.
      </p>
      <ul className="parse-error-view__problems">
        {open.parseDiagnostics.map((d, i) => (
          <li key={i}>{diagnosticText(d)}</li>
        ))}
      </ul>
      <pre className="parse-error-view__text" aria-label="File text">
        {open.savedText}
      </pre>
    </div>
  );
}
