import { useStudio } from './context';
import type { OpenDocument } from './documents-slice';

/** The selected service's open document, if it is loaded. */
export function useCurrentDocument(): OpenDocument | undefined {
  return useStudio((s) => (s.selectedService ? s.documents[s.selectedService] : undefined));
}
