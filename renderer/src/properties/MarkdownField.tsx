import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo, useState } from 'react';
import { TextField } from './fields';

/** Markdown as sanitized HTML: comments come from files written elsewhere, so no script or handler survives. */
export function renderMarkdown(text: string): string {
  const html = marked.parse(text, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

/** A comment: markdown typed in a box, with a preview of how it reads. */
export function MarkdownField({ label, value, onCommit }: { label: string; value: string; onCommit(value: string): void }) {
  const [preview, setPreview] = useState(value !== '');
  const html = useMemo(() => (preview ? renderMarkdown(value) : ''), [preview, value]);
  return (
    <div className="markdown-field">
      <div className="markdown-field__tabs" role="group" aria-label={`${label} view`}>
        <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>
          Edit
        </button>
        <button type="button" aria-pressed={preview} onClick={() => setPreview(true)}>
          Preview
        </button>
      </div>
      {preview ? (
        <>
          <div className="field-label">{label}</div>
          <div
            className="markdown-preview"
            role="document"
            aria-label={`${label} preview`}
            onDoubleClick={() => setPreview(false)}
            // The HTML is sanitized by DOMPurify in renderMarkdown.
            dangerouslySetInnerHTML={{ __html: html || '<p class="muted-text">No comment. Double-click to write one.</p>' }}
          />
        </>
      ) : (
        <TextField label={label} multiline value={value} onCommit={onCommit} placeholder="Markdown" />
      )}
    </div>
  );
}
