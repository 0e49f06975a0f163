#!/usr/bin/env node
// Bundles the Electron main process and its preload with esbuild into dist/electron/. tsc checks
// the types (npm run typecheck); esbuild only emits. Everything but `electron` is bundled in, so
// the packaged app carries the built files and no node_modules.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: ['electron', 'bufferutil', 'utf-8-validate'],
  logLevel: 'warning',
  legalComments: 'none',
};

await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/main/preload.ts'], outfile: 'dist/electron/preload.cjs' });
console.log('Built dist/electron/main.cjs and dist/electron/preload.cjs');
