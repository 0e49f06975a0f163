#!/usr/bin/env node
// `npm start`: builds what is needed and launches the Electron app. Where the Electron binary is not
// installed (it is downloaded by electron's install script, which some machines cannot reach), it
// says so in one line and starts the browser edition instead.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';
import { ensureRenderer } from './ensure-renderer.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);

ensureRenderer(root);
const electron = electronBinary();
if ('missing' in electron) {
  console.log(`Electron cannot start here: ${electron.missing}. Starting the browser edition instead.`);
  const web = spawn(process.execPath, [path.join(root, 'scripts/web.mjs'), ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => web.kill(signal));
  web.on('exit', (code) => process.exit(code ?? 0));
} else {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build-electron.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const app = spawn(electron.path, [path.join(root, 'dist/electron/main.cjs'), ...args], { cwd: root, stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
}
