import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FluxApiError, type SaveResult, type ServiceFile, type ServiceSummary } from '../../shared/api';
import { parseFlux, pathFromServiceName, serializeFlux, serviceNameFromPath } from '../../shared/model';
import { writeFileAtomic } from '../fs/atomic-write';

/** Folders a workspace walk never enters: tools' own data, version control, dependencies. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** True for a folder a walk (and the watcher) skips: dot-folders and dependencies. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}

/** What a new service holds: no states yet, in canonical form. */
export const EMPTY_SERVICE_TEXT = serializeFlux({ states: [] });

function relativePathOf(name: string): string {
  const relative = pathFromServiceName(name);
  if (relative === null) throw new FluxApiError('invalid-name', `'${name}' is not a service name: use dotted names such as orders.Checkout.`);
  return relative;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** A folder of .flux files on disk: lists, reads and atomically saves the services in it. */
export class Workspace {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  get name(): string {
    return path.basename(this.root);
  }

  /**
   * Every .flux file below the root, sorted by name; dot-folders and node_modules are skipped, and
   * so are files whose path has no service name (a dot inside a folder name).
   */
  async list(): Promise<ServiceSummary[]> {
    return (await this.scan()).map(({ name, path }) => ({ name, path }));
  }

  /** Like list, with each file's modification time (the watcher compares two scans). */
  async scan(): Promise<(ServiceSummary & { mtimeMs: number })[]> {
    const found: (ServiceSummary & { mtimeMs: number })[] = [];
    const walk = async (dir: string): Promise<void> => {
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
        // A folder removed while the walk runs is simply no longer there.
        if (isMissing(error) && dir !== this.root) return [];
        throw error;
      });
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!isSkippedFolder(entry.name)) await walk(full);
        } else if (entry.isFile() && !entry.name.startsWith('.')) {
          const relative = path.relative(this.root, full).split(path.sep).join('/');
          const name = serviceNameFromPath(relative);
          if (name === null) continue;
          const stat = await fs.stat(full).catch(() => undefined);
          if (stat) found.push({ name, path: relative, mtimeMs: stat.mtimeMs });
        }
      }
    };
    await walk(this.root);
    return found.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The absolute path of a service, refusing names that would leave the workspace. */
  pathOf(name: string): string {
    const full = path.resolve(this.root, relativePathOf(name));
    if (!full.startsWith(this.root + path.sep)) {
      throw new FluxApiError('invalid-name', `The service name '${name}' points outside the workspace.`);
    }
    return full;
  }

  async read(name: string): Promise<ServiceFile> {
    const full = this.pathOf(name);
    try {
      const [text, stat] = await Promise.all([fs.readFile(full, 'utf8'), fs.stat(full)]);
      return { name, path: relativePathOf(name), text, mtimeMs: stat.mtimeMs };
    } catch (error) {
      if (isMissing(error)) throw this.notFound(name);
      throw error;
    }
  }

  /** Creates a service with no states; refuses (code `exists`) when the file is already there. */
  async create(name: string): Promise<ServiceFile> {
    const full = this.pathOf(name);
    if (await exists(full)) throw this.exists(name);
    await fs.mkdir(path.dirname(full), { recursive: true });
    await writeFileAtomic(full, EMPTY_SERVICE_TEXT);
    return this.read(name);
  }

  /** Moves a service's file to the path of its new name; folders are created, emptied ones removed. */
  async rename(name: string, newName: string): Promise<ServiceSummary> {
    const from = this.pathOf(name);
    const to = this.pathOf(newName);
    if (!(await exists(from))) throw this.notFound(name);
    if (from !== to && (await exists(to))) throw this.exists(newName);
    await fs.mkdir(path.dirname(to), { recursive: true });
    await fs.rename(from, to);
    await this.removeEmptyFolders(path.dirname(from));
    return { name: newName, path: relativePathOf(newName) };
  }

  /** Deletes a service's file, and the folders it leaves empty. */
  async delete(name: string): Promise<void> {
    const full = this.pathOf(name);
    try {
      await fs.unlink(full);
    } catch (error) {
      if (isMissing(error)) throw this.notFound(name);
      throw error;
    }
    await this.removeEmptyFolders(path.dirname(full));
  }

  private async removeEmptyFolders(dir: string): Promise<void> {
    while (dir.startsWith(this.root + path.sep)) {
      const left = await fs.readdir(dir).catch(() => ['?']);
      if (left.length > 0) return;
      await fs.rmdir(dir).catch(() => undefined);
      dir = path.dirname(dir);
    }
  }

  private notFound(name: string): FluxApiError {
    return new FluxApiError('not-found', `There is no service '${name}' in ${this.root}.`);
  }

  private exists(name: string): FluxApiError {
    return new FluxApiError('exists', `A service '${name}' already exists (${relativePathOf(name)}).`);
  }

  /**
   * Saves atomically. With `expectedMtimeMs`, refuses (code `conflict`) when another program changed
   * the file since it was read, so an edit made elsewhere is never overwritten silently.
   */
  async save(name: string, text: string, expectedMtimeMs?: number): Promise<SaveResult> {
    const full = this.pathOf(name);
    // The renderer only saves documents it could parse; text that does not parse would replace a
    // service by something the studio cannot open again, so it is refused here too.
    if (parseFlux(text).document === null) {
      throw new FluxApiError('invalid-text', `${relativePathOf(name)} was not saved: the text is not a valid .flux document.`);
    }
    if (expectedMtimeMs !== undefined) {
      const current = await fs.stat(full).catch(() => undefined);
      if (current && current.mtimeMs !== expectedMtimeMs) {
        throw new FluxApiError('conflict', `${relativePathOf(name)} was changed on disk by another program since it was opened.`);
      }
    }
    await fs.mkdir(path.dirname(full), { recursive: true });
    await writeFileAtomic(full, text);
    const stat = await fs.stat(full);
    return { name, path: relativePathOf(name), mtimeMs: stat.mtimeMs };
  }
}

async function exists(full: string): Promise<boolean> {
  return fs.stat(full).then(
    () => true,
    () => false,
  );
}
