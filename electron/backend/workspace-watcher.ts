import { watch, type FSWatcher } from 'node:fs';
import type { ServiceChange } from '../../shared/api';
import { isSkippedFolder, type Workspace } from './workspace';

/** How long the watcher waits for a burst of file events to settle before it rescans. */
export const WATCH_DEBOUNCE_MS = 120;

export interface WorkspaceWatcher {
  /** Rescans at once and reports what changed since the last scan (tests call it instead of waiting). */
  flush(): Promise<ServiceChange[]>;
  /** Records a write the backend made itself, so it is not reported back as a change by another program. */
  noteOwnWrite(name: string, path: string, mtimeMs: number | null): void;
  close(): void;
}

type Snapshot = Map<string, { path: string; mtimeMs: number }>;

/** What differs between two scans of a workspace, as changes sorted by name. */
export function diffSnapshots(before: Snapshot, after: Snapshot): ServiceChange[] {
  const changes: ServiceChange[] = [];
  for (const [name, now] of after) {
    const was = before.get(name);
    if (!was) changes.push({ name, path: now.path, kind: 'added', mtimeMs: now.mtimeMs });
    else if (was.mtimeMs !== now.mtimeMs) changes.push({ name, path: now.path, kind: 'changed', mtimeMs: now.mtimeMs });
  }
  for (const [name, was] of before) {
    if (!after.has(name)) changes.push({ name, path: was.path, kind: 'removed', mtimeMs: null });
  }
  return changes.sort((a, b) => a.name.localeCompare(b.name));
}

/** Whether a path the OS reported (relative to the root) can concern a service file or a folder of them. */
function mayConcernServices(filename: string | null): boolean {
  if (filename === null) return true;
  return !filename.split(/[\\/]/).some((segment) => isSkippedFolder(segment));
}

/**
 * Watches a workspace folder and reports changed services. The OS events only say "something moved
 * here" (and are coalesced differently on each platform), so after a debounce the watcher rescans the
 * folder and diffs the scan against the last one: a folder renamed or removed by another program is
 * reported as the services it held. Events inside dot-folders (the run store) never cause a rescan.
 */
export async function watchWorkspace(workspace: Workspace, report: (changes: ServiceChange[]) => void): Promise<WorkspaceWatcher> {
  const snapshotOf = async (): Promise<Snapshot> =>
    new Map((await workspace.scan()).map((s) => [s.name, { path: s.path, mtimeMs: s.mtimeMs }]));
  let last = await snapshotOf();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let scanning: Promise<ServiceChange[]> = Promise.resolve([]);

  const rescan = (): Promise<ServiceChange[]> => {
    // Scans run one after another so two overlapping ones never report the same change twice.
    scanning = scanning.then(async () => {
      if (closed) return [];
      const next = await snapshotOf().catch(() => last);
      const changes = diffSnapshots(last, next);
      last = next;
      if (changes.length > 0 && !closed) report(changes);
      return changes;
    });
    return scanning;
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(workspace.root, { recursive: true, persistent: false }, (_event, filename) => {
      if (closed || !mayConcernServices(filename === null ? null : String(filename))) return;
      clearTimeout(timer);
      timer = setTimeout(() => void rescan(), WATCH_DEBOUNCE_MS);
    });
    // A watched folder that disappears must not crash the backend; the next open replaces it.
    watcher.on('error', () => undefined);
  } catch {
    // Some file systems cannot be watched; the studio then works without live reloads.
    watcher = undefined;
  }

  return {
    flush() {
      clearTimeout(timer);
      return rescan();
    },
    noteOwnWrite(name, path, mtimeMs) {
      if (mtimeMs === null) last.delete(name);
      else last.set(name, { path, mtimeMs });
    },
    close() {
      closed = true;
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
