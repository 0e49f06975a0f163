import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { decodeRun, encodeRun } from './run-codec';
import type { EngineMeta, RunStore, StoredDefinition, StoredState } from './run-store';
import type { RunData } from './types';

/** Options of a FileRunStore. */
export interface FileRunStoreOptions {
  /** Flush each file to disk before renaming it into place (default true); benchmarks turn it off. */
  durable?: boolean;
}

// Files written at once; enough to overlap I/O without running out of file handles.
const CONCURRENCY = 32;
const SAFE_ID = /^[A-Za-z0-9_-]+$/;

/**
 * Runs kept as files under a state folder: `runs/<id>.json`, `definitions/<version>.json` and
 * `meta.json`. Every file is written to a temporary name and renamed over the old one, so a crash
 * leaves the old run or the new, never a torn one. Writes are queued and coalesced: a run stepped
 * many times before the queue drains is written once, as it is last.
 */
export class FileRunStore implements RunStore {
  private readonly pending = new Map<string, string | null>();
  private flushing: Promise<void> | undefined;
  private scheduled = false;
  private failure: unknown;

  constructor(readonly dir: string, private readonly options: FileRunStoreOptions = {}) {}

  async load(): Promise<StoredState> {
    await fs.mkdir(path.join(this.dir, 'runs'), { recursive: true });
    await fs.mkdir(path.join(this.dir, 'definitions'), { recursive: true });
    // The folder holds machine state, never something to commit with the workspace.
    await fs.writeFile(path.join(this.dir, '.gitignore'), '*\n', { flag: 'wx' }).catch(() => undefined);
    const problems: string[] = [];
    const runs: RunData[] = [];
    const runFiles = await this.entries('runs', problems);
    await inBatches(runFiles, async (file) => {
      try {
        runs.push(decodeRun(await fs.readFile(path.join(this.dir, 'runs', file), 'utf8')));
      } catch (error) {
        problems.push(`runs/${file}: ${(error as Error).message}`);
      }
    });
    const definitions = new Map<string, StoredDefinition>();
    await inBatches(await this.entries('definitions', problems), async (file) => {
      try {
        definitions.set(file.slice(0, -'.json'.length), JSON.parse(await fs.readFile(path.join(this.dir, 'definitions', file), 'utf8')) as StoredDefinition);
      } catch (error) {
        problems.push(`definitions/${file}: ${(error as Error).message}`);
      }
    });
    let meta: EngineMeta = { nextRun: 1 };
    try {
      meta = JSON.parse(await fs.readFile(path.join(this.dir, 'meta.json'), 'utf8')) as EngineMeta;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push(`meta.json: ${(error as Error).message}`);
    }
    runs.sort((a, b) => Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : 1));
    return { runs, definitions, meta, problems };
  }

  // The .json files of a sub-folder; temporary files a crash left behind are removed.
  private async entries(folder: string, problems: string[]): Promise<string[]> {
    const names = await fs.readdir(path.join(this.dir, folder));
    const files: string[] = [];
    for (const name of names) {
      if (name.endsWith('.tmp')) await fs.rm(path.join(this.dir, folder, name), { force: true });
      else if (name.endsWith('.json')) files.push(name);
      else problems.push(`${folder}/${name}: not a store file, left alone`);
    }
    return files;
  }

  /** The saved counters without loading the runs (the CLI resumes a fake clock from `now`). */
  async readMeta(): Promise<EngineMeta | undefined> {
    try {
      return JSON.parse(await fs.readFile(path.join(this.dir, 'meta.json'), 'utf8')) as EngineMeta;
    } catch {
      return undefined;
    }
  }

  putRun(run: RunData): void {
    this.queue(`runs/${safe(run.id)}.json`, encodeRun(run));
  }

  deleteRun(id: string): void {
    this.queue(`runs/${safe(id)}.json`, null);
  }

  putDefinition(version: string, definition: StoredDefinition): void {
    this.queue(`definitions/${safe(version)}.json`, JSON.stringify(definition));
  }

  putMeta(meta: EngineMeta): void {
    this.queue('meta.json', JSON.stringify(meta));
  }

  /** Waits until every queued write is on disk; throws the first write error since the last flush. */
  async flush(): Promise<void> {
    while (this.pending.size > 0 || this.flushing) {
      if (!this.flushing) this.flushing = this.drain();
      await this.flushing;
    }
    if (this.failure !== undefined) {
      const failure = this.failure;
      this.failure = undefined;
      throw failure;
    }
  }

  async close(): Promise<void> {
    await this.flush();
  }

  private queue(file: string, text: string | null): void {
    this.pending.set(file, text);
    if (this.scheduled) return;
    this.scheduled = true;
    // Writes start soon, not only at flush, so a crash loses little; a burst of steps coalesces.
    setImmediate(() => {
      this.scheduled = false;
      if (!this.flushing) this.flushing = this.drain();
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.size > 0) {
        const batch = [...this.pending];
        this.pending.clear();
        await inBatches(batch, async ([file, text]) => {
          try {
            const target = path.join(this.dir, file);
            if (text === null) await fs.rm(target, { force: true });
            else await writeFileAtomic(target, text, { durable: this.options.durable });
          } catch (error) {
            this.failure ??= error;
          }
        });
      }
    } finally {
      this.flushing = undefined;
    }
  }
}

// Run ids and versions are the engine's own; refuse anything that could name another path.
function safe(id: string): string {
  if (!SAFE_ID.test(id)) throw new Error(`'${id}' cannot be a stored file name`);
  return id;
}

async function inBatches<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}
