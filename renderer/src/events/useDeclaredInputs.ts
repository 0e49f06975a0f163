import { useEffect, useState } from 'react';
import { parseFlux, type FluxProperty } from '../../../shared/model';
import { useStudio } from '../store/context';

/** The inputs a service declares: from its open document when it is open, else read from disk. */
export function useDeclaredInputs(service: string | undefined): FluxProperty[] {
  const api = useStudio((s) => s.api);
  const open = useStudio((s) => (service ? s.documents[service]?.doc : undefined));
  const [read, setRead] = useState<{ service: string; input: FluxProperty[] }>();
  useEffect(() => {
    if (!service || open) return;
    let current = true;
    api.request('service:read', { name: service }).then(
      (file) => current && setRead({ service, input: parseFlux(file.text).document?.input ?? [] }),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [api, service, open]);
  if (!service) return [];
  if (open) return open.input ?? [];
  return read?.service === service ? read.input : [];
}
