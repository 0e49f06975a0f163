import { useMemo } from 'react';
import { validateFlux, type Diagnostic } from '../../../shared/model';
import { useStudio } from './context';
import type { OpenDocument } from './documents-slice';

/** The selected service's open document, if it is loaded. */
export function useCurrentDocument(): OpenDocument | undefined {
  return useStudio((s) => (s.selectedService ? s.documents[s.selectedService] : undefined));
}

/** Validation problems of the selected service, recomputed when its document changes. */
export function useDiagnostics(): Diagnostic[] {
  const open = useCurrentDocument();
  const doc = open?.doc;
  return useMemo(() => (doc ? validateFlux(doc) : (open?.parseDiagnostics ?? [])), [doc, open?.parseDiagnostics]);
}
