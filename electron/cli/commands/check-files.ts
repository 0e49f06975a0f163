import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FLUX_EXTENSION, type Diagnostic } from '../../../shared/model';

/** The .flux files named by command-line targets, and the targets that could not be read. */
export interface FluxFileList {
  files: string[];
  unreadable: { target: string; reason: string }[];
}

/**
 * Expands files and folders into .flux files: a file is taken as named, a folder is searched
 * recursively for *.flux (skipping node_modules and dot-folders such as .git), in name order.
 */
export async function collectFluxFiles(targets: string[]): Promise<FluxFileList> {
  const list: FluxFileList = { files: [], unreadable: [] };
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      list.files.push(file);
    }
  };
  for (const target of targets) {
    try {
      const stat = await fs.stat(target);
      if (stat.isDirectory()) (await walk(target)).forEach(add);
      else add(target);
    } catch (error) {
      list.unreadable.push({ target, reason: reasonOf(error) });
    }
  }
  return list;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) found.push(...(await walk(full)));
    } else if (entry.isFile() && entry.name.endsWith(FLUX_EXTENSION)) {
      found.push(full);
    }
  }
  return found;
}

/** `file:line:col: severity code message`, leaving out what is not known. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const where = d.line === undefined ? file : d.column === undefined ? `${file}:${d.line}` : `${file}:${d.line}:${d.column}`;
  return `${where}: ${d.severity} ${d.code} ${d.message}`;
}

/** A file system error as a short reason: `no such file or directory`. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}
