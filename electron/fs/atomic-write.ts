import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface AtomicWriteOptions {
  /**
   * Flush the file and its folder to disk (default true). Without it a crash still leaves the old
   * text or the new, but a power cut may lose the newest write; benchmarks turn it off.
   */
  durable?: boolean;
}

/**
 * Writes `text` (UTF-8) to `file` so that a crash at any moment leaves either the old content or
 * the new, never a mix: the text goes to a temporary file in the same folder (a rename is atomic
 * only within one file system), is flushed to disk, then renamed over the target. Used by the
 * backend's saves and by the engine's run store alike.
 */
export async function writeFileAtomic(file: string, text: string, options: AtomicWriteOptions = {}): Promise<void> {
  const durable = options.durable !== false;
  const target = await resolveTarget(file);
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await existingMode(target);
  try {
    const handle = await fs.open(temp, 'wx', mode);
    try {
      await handle.writeFile(text, 'utf8');
      // Without the flush, a power cut after the rename can leave a renamed but empty file.
      if (durable) await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  if (durable) await syncFolder(dir);
}

// Saving through a symbolic link replaces the file it points to, not the link.
async function resolveTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return path.resolve(file);
  }
}

// A new file gets the default mode; an existing one keeps its own.
async function existingMode(file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

// Makes the rename itself durable. Windows cannot open a folder for this; there the rename is
// as durable as the file system makes it.
async function syncFolder(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported here: nothing more to do.
  } finally {
    await handle?.close();
  }
}
