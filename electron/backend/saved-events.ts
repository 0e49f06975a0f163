// Saved events live beside their service: `orders/Checkout.flux` keeps its in
// `orders/Checkout.events.json`, so they travel with the service in version control.
import { promises as fs } from 'node:fs';
import { FluxApiError, SavedEvent, type ApiHandlers } from '../../shared/api';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import type { Workspace } from './workspace';

const SavedEventsFile = z.object({ events: z.array(SavedEvent) });

/** Where a service's saved events are kept. */
export function savedEventsPath(workspace: Workspace, service: string): string {
  return workspace.pathOf(service).replace(/\.flux$/, '.events.json');
}

async function readSaved(file: string): Promise<SavedEvent[]> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FluxApiError('invalid-file', `${file} is not valid JSON (${(error as Error).message}); fix or remove it to save events.`);
  }
  const parsed = SavedEventsFile.safeParse(json);
  if (!parsed.success) throw new FluxApiError('invalid-file', `${file} does not hold saved events: ${z.prettifyError(parsed.error)}`);
  return parsed.data.events;
}

async function writeSaved(file: string, events: SavedEvent[]): Promise<SavedEvent[]> {
  const sorted = [...events].sort((a, b) => a.name.localeCompare(b.name));
  if (sorted.length === 0) await fs.rm(file, { force: true });
  else await writeFileAtomic(file, `${JSON.stringify({ events: sorted }, null, 2)}\n`);
  return sorted;
}

type Channel = 'event:list-saved' | 'event:save' | 'event:delete-saved';

/** The saved-event requests over whichever workspace is open. */
export function savedEventHandlers(workspace: () => Workspace): Pick<ApiHandlers, Channel> {
  return {
    'event:list-saved': async ({ service }) => ({ events: await readSaved(savedEventsPath(workspace(), service)) }),
    'event:save': async ({ service, event }) => {
      const file = savedEventsPath(workspace(), service);
      const events = (await readSaved(file)).filter((e) => e.name !== event.name);
      return { events: await writeSaved(file, [...events, event]) };
    },
    'event:delete-saved': async ({ service, name }) => {
      const file = savedEventsPath(workspace(), service);
      return { events: await writeSaved(file, (await readSaved(file)).filter((e) => e.name !== name)) };
    },
  };
}

/** Saved events follow their service when it is renamed or deleted. */
export async function moveSavedEvents(workspace: Workspace, from: string, to: string | null): Promise<void> {
  const source = savedEventsPath(workspace, from);
  if (to === null) await fs.rm(source, { force: true });
  else await fs.rename(source, savedEventsPath(workspace, to)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
