import { describe, expect, it } from 'vitest';
import { borderPoint, edgeShape, loopShape, parallelOffset, PARALLEL_SPACING } from './edgeGeometry';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 40 });

describe('edge geometry', () => {
  it('should leave a state at its border, towards the other state', () => {
    expect(borderPoint(box(0, 0), { x: 50, y: 500 })).toEqual({ x: 50, y: 40 });
    expect(borderPoint(box(0, 0), { x: 500, y: 20 })).toEqual({ x: 100, y: 20 });
  });

  it('should draw a lone transition straight and bend parallel ones apart, symmetrically', () => {
    expect(parallelOffset(0, 1)).toBe(0);
    expect([parallelOffset(0, 2), parallelOffset(1, 2)]).toEqual([-PARALLEL_SPACING / 2, PARALLEL_SPACING / 2]);
    expect(parallelOffset(1, 3)).toBe(0);
  });

  it('should put A->B and B->A on opposite sides of the line between them', () => {
    // Given A above B, the pair's canonical direction A->B, and offsets from parallelOffset
    const a = box(0, 0);
    const b = box(0, 200);
    const forth = edgeShape(a, b, parallelOffset(0, 2), false);
    const back = edgeShape(b, a, parallelOffset(1, 2), true);
    // Then their labels (the curves' middles) stand apart on either side of x = 50
    expect(forth.path).toContain('Q');
    expect(Math.sign(forth.labelX - 50)).toBe(-Math.sign(back.labelX - 50));
    expect(Math.abs(forth.labelX - back.labelX)).toBeGreaterThanOrEqual(PARALLEL_SPACING);
    expect(forth.labelY).toBeGreaterThan(40);
    expect(forth.labelY).toBeLessThan(200);
  });

  it('should draw a self-loop outside the state, larger for each further loop', () => {
    const first = loopShape(box(0, 0), 0);
    const second = loopShape(box(0, 0), 1);
    expect(first.path.startsWith('M 100,')).toBe(true);
    expect(first.labelX).toBeGreaterThan(100);
    expect(second.labelX).toBeGreaterThan(first.labelX);
  });
});
