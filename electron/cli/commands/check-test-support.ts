// Helpers for the CLI tests: a collecting io and a temporary workspace of files.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { CliIO } from '../command';

/** A CliIO that keeps what a command writes. */
export function collectingIO(): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    out: () => out,
    err: () => err,
  };
}

/** A fresh temporary folder holding `files` (relative path -> text). */
export async function tempFolder(files: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flux-cli-'));
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), text);
  }
  return dir;
}

/** A `workspace(files)` maker for a describe block: each folder it makes is removed after each test. */
export function tempWorkspaces(): (files: Record<string, string>) => Promise<string> {
  const folders: string[] = [];
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
  });
  return async (files) => {
    const dir = await tempFolder(files);
    folders.push(dir);
    return dir;
  };
}
