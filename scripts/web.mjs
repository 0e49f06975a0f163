#!/usr/bin/env node
// `npm run web -- [--workspace DIR] [--port N]`: builds the renderer if needed, then serves the browser edition.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureRenderer } from './ensure-renderer.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
ensureRenderer(root);
const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'electron/web/main.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
