import { useEffect, useState } from 'react';
import type { EventCatalog, EventPreview, FluxEventInput } from '../../../shared/api';
import { useStudio } from '../store/context';

/** What the event would do if sent now, asked of the engine a moment after the user stops typing. */
export function useEventPreview(event: FluxEventInput | undefined): EventPreview | undefined {
  const api = useStudio((s) => s.api);
  const [preview, setPreview] = useState<EventPreview>();
  const key = event ? JSON.stringify(event) : '';
  useEffect(() => {
    if (!key) {
      setPreview(undefined);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      api.request('engine:preview-event', JSON.parse(key) as FluxEventInput).then(
        (result) => current && setPreview(result),
        () => current && setPreview(undefined),
      );
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, key]);
  return preview;
}

/** Every event name the workspace takes (triggers and what waiting runs wait for), read when the dialog opens. */
export function useEventCatalog(): EventCatalog | undefined {
  const api = useStudio((s) => s.api);
  const [catalog, setCatalog] = useState<EventCatalog>();
  useEffect(() => {
    let current = true;
    api.request('engine:event-catalog', {}).then(
      (result) => current && setCatalog(result),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [api]);
  return catalog;
}
