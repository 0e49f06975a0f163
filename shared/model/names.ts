// Service names from workspace paths and back: `orders/Checkout.flux` <-> `orders.Checkout`.
// Paths are relative to the workspace, with forward slashes. A segment with a dot in it cannot
// map both ways (`v1.2/A.flux` would read as `v1.2.A`), so such paths have no service name.

/** The extension of a Flux service file. */
export const FLUX_EXTENSION = '.flux';

const SEGMENT = /^[^./\\\s][^./\\]*$/;

/** True for a valid service name: dot-separated non-empty segments without slashes. */
export function isValidServiceName(name: string): boolean {
  return name.split('.').every((s) => SEGMENT.test(s) && s.trimEnd() === s);
}

/** `orders/Checkout.flux` -> `orders.Checkout`; null for a path that is not a service file or cannot map back. */
export function serviceNameFromPath(path: string): string | null {
  const relative = path.startsWith('./') ? path.slice(2) : path;
  if (!relative.endsWith(FLUX_EXTENSION)) return null;
  const segments = relative.slice(0, -FLUX_EXTENSION.length).split('/');
  const name = segments.join('.');
  return segments.every((s) => !s.includes('.')) && isValidServiceName(name) ? name : null;
}

/** `orders.Checkout` -> `orders/Checkout.flux`; null for an invalid name. */
export function pathFromServiceName(name: string): string | null {
  return isValidServiceName(name) ? `${name.split('.').join('/')}${FLUX_EXTENSION}` : null;
}
