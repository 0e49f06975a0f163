import { promises as fs, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
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

/** The root and every folder below it that a walk enters (dot-folders and node_modules are not). */
async function foldersOf(root: string): Promise<string[]> {
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    const entries = await fs.readdir(found[i]!, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isDirectory() && !isSkippedFolder(entry.name)) found.push(path.join(found[i]!, entry.name));
  }
  return found;
}

/**
 * Watches a workspace folder and reports changed services. The OS events only say "something moved
 * here" (and are coalesced differently on each platform), so after a debounce the watcher rescans the
 * folder and diffs the scan against the last one: a folder renamed or removed by another program is
 * reported as the services it held. Each folder is watched on its own rather than with
 * `recursive: true`, because Node 20 on Linux emulates recursion by watching files, and a file
 * replaced by an atomic save (rename over it) is then no longer watched. Dot-folders (the run
 * store) are not watched at all.
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

  const watchers = new Map<string, FSWatcher>();
  const schedule = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => void rescanAll(), WATCH_DEBOUNCE_MS);
  };
  /** Watches folders that appeared and lets go of those that are gone. */
  const syncFolders = async () => {
    const folders = new Set(await foldersOf(workspace.root));
    if (closed) return;
    for (const [folder, watcher] of watchers) {
      if (!folders.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, { persistent: false }, schedule);
        // A watched folder that disappears must not crash the backend; the next scan lets it go.
        watcher.on('error', () => undefined);
        watchers.set(folder, watcher);
      } catch {
        // A folder that cannot be watched (gone already, or a file system without events): the others still are.
      }
    }
  };
  await syncFolders();
  const rescanAll = () => {
    void syncFolders();
    return rescan();
  };

  return {
    flush() {
      clearTimeout(timer);
      return rescanAll();
    },
    noteOwnWrite(name, relative, mtimeMs) {
      if (mtimeMs === null) last.delete(name);
      else last.set(name, { path: relative, mtimeMs });
    },
    close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
