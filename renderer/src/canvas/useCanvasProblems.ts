import { useMemo, useRef } from 'react';
import { validateFlux, type FluxDocument } from '../../../shared/model';
import { problemsByState } from './toFlow';

/**
 * Validation messages by state for the canvas's markers. A drag changes only positions, which no
 * check looks at, so while one is in progress the last result stands instead of validating the
 * whole service on every frame.
 */
export function useCanvasProblems(doc: FluxDocument, dragging: boolean): Map<string, string[]> {
  const last = useRef<Map<string, string[]> | undefined>(undefined);
  return useMemo(() => {
    if (!dragging || !last.current) last.current = problemsByState(validateFlux(doc));
    return last.current;
  }, [doc, dragging]);
}
