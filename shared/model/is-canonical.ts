import { parseFlux } from './parse';
import { serializeFlux } from './serialize';

/** True when `text` reads as a document and is exactly what serializeFlux writes for it (`flux fmt --check`). */
export function isCanonical(text: string): boolean {
  const { document } = parseFlux(text);
  return document !== null && serializeFlux(document) === text;
}
