import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FluxApiError, type SaveResult, type ServiceFile, type ServiceSummary } from '../../shared/api';
import { writeFileAtomic } from './atomic-write';

/** Folders a workspace walk never enters: tools' own data, version control, dependencies. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** `orders/Checkout.flux` -> `orders.Checkout`. */
export function serviceNameOf(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(/\.flux$/, '').split('/').join('.');
}

/** `orders.Checkout` -> `orders/Checkout.flux`. */
export function relativePathOf(name: string): string {
  return `${name.split('.').join('/')}.flux`;
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

  /** Every .flux file below the root, sorted by name; dot-folders and node_modules are skipped. */
  async list(): Promise<ServiceSummary[]> {
    const found: ServiceSummary[] = [];
    const walk = async (dir: string): Promise<void> => {
      const entries = await fs.readdir(dir, { withFileTypes: true });
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name)) await walk(full);
        } else if (entry.isFile() && entry.name.endsWith('.flux')) {
          const relative = path.relative(this.root, full).split(path.sep).join('/');
          found.push({ name: serviceNameOf(relative), path: relative });
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
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new FluxApiError('not-found', `There is no service '${name}' in ${this.root}.`);
      }
      throw error;
    }
  }

  /**
   * Saves atomically. With `expectedMtimeMs`, refuses (code `conflict`) when another program changed
   * the file since it was read, so an edit made elsewhere is never overwritten silently.
   */
  async save(name: string, text: string, expectedMtimeMs?: number): Promise<SaveResult> {
    const full = this.pathOf(name);
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
