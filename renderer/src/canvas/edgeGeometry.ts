// Where transitions are drawn. Edges float: they leave and enter a state at its border, on the
// line between the two centres, so a state machine reads the same whichever way states lie.
// Parallel edges (A->B twice, A->B and B->A) bend apart; self-loops are loops that grow.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** An SVG path and where its label goes. */
export interface EdgeShape {
  path: string;
  labelX: number;
  labelY: number;
}

/** How far apart, in pixels, neighbouring parallel edges bend at their middle. */
export const PARALLEL_SPACING = 36;

const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Where the ray from a rectangle's centre towards `toward` leaves the rectangle. */
export function borderPoint(rect: Rect, toward: Point): Point {
  const c = centre(rect);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(dx === 0 ? Infinity : rect.width / 2 / Math.abs(dx), dy === 0 ? Infinity : rect.height / 2 / Math.abs(dy));
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/**
 * The bend of each edge between the same two states, in pixels from the straight line. Edges are
 * keyed by an unordered pair, and the sign is taken against the pair's canonical direction, so
 * A->B and B->A bend to opposite sides. A lone edge is straight.
 */
export function parallelOffset(indexInPair: number, countInPair: number): number {
  return (indexInPair - (countInPair - 1) / 2) * PARALLEL_SPACING;
}

/**
 * A transition between two different states: a quadratic curve whose middle lies `offset` pixels
 * to the left of the line from the canonical first state to the second (`reversed` when this edge
 * runs the other way, so its left is the pair's right).
 */
export function edgeShape(source: Rect, target: Rect, offset: number, reversed: boolean): EdgeShape {
  const a = centre(source);
  const b = centre(target);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  // Normal of the canonical direction: flip it for an edge drawn the other way.
  const sign = reversed ? -1 : 1;
  const nx = (-dy / length) * sign;
  const ny = (dx / length) * sign;
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  // A quadratic curve passes through the midpoint of its control point and the chord's middle.
  const control = { x: mid.x + nx * offset * 2, y: mid.y + ny * offset * 2 };
  const start = borderPoint(source, offset === 0 ? b : control);
  const end = borderPoint(target, offset === 0 ? a : control);
  const labelX = 0.25 * start.x + 0.5 * control.x + 0.25 * end.x;
  const labelY = 0.25 * start.y + 0.5 * control.y + 0.25 * end.y;
  const path = offset === 0 ? `M ${start.x},${start.y} L ${end.x},${end.y}` : `M ${start.x},${start.y} Q ${control.x},${control.y} ${end.x},${end.y}`;
  return { path, labelX, labelY };
}

/** A self-loop on a state's right side; the n-th loop of the same state (from 0) is drawn larger. */
export function loopShape(rect: Rect, index: number): EdgeShape {
  const reach = 56 + index * 28;
  const right = rect.x + rect.width;
  const top = rect.y + rect.height * 0.2;
  const bottom = rect.y + rect.height * 0.8;
  const path = `M ${right},${top} C ${right + reach},${top - reach * 0.6} ${right + reach},${bottom + reach * 0.6} ${right},${bottom}`;
  // A cubic's middle is 1/8 P0 + 3/8 C1 + 3/8 C2 + 1/8 P3: here 3/4 of the reach out, at mid-height.
  return { path, labelX: right + reach * 0.75, labelY: rect.y + rect.height / 2 };
}
