// Events saved under a name beside the service they are for, to send again later.
import { z } from 'zod';
import { FluxEventInput } from './engine-schemas';
import { request } from './request-spec';
import { ServiceName } from './schemas';

export const SavedEvent = FluxEventInput.extend({ name: z.string().trim().min(1, 'a saved event needs a name').max(200) });
export type SavedEvent = z.infer<typeof SavedEvent>;

export const savedEventRequests = {
  'event:list-saved': request(z.object({ service: ServiceName }), z.object({ events: z.array(SavedEvent) })),
  /** Saves (or replaces, by name) an event beside the service. */
  'event:save': request(z.object({ service: ServiceName, event: SavedEvent }), z.object({ events: z.array(SavedEvent) })),
  'event:delete-saved': request(z.object({ service: ServiceName, name: z.string() }), z.object({ events: z.array(SavedEvent) })),
} as const;
