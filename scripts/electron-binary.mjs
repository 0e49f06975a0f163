// Finds the Electron binary without triggering electron's download-on-demand (requiring the
// `electron` package downloads the binary when it is missing, which fails on machines without
// internet and prints a stack trace).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The Electron binary's path, or why there is none. */
export function electronBinary() {
  let dir;
  try {
    dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return { missing: 'its binary was never downloaded (node_modules/electron/path.txt is missing)' };
  const binary = path.join(override ?? path.join(dir, 'dist'), readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `${binary} does not exist` };
}
