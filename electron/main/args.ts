import path from 'node:path';

/** The app's own options, picked out of Electron's argv (which also carries Chromium's switches). */
export function parseAppArgs(argv: string[]): { workspace?: string } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--workspace' && argv[i + 1]) return { workspace: path.resolve(argv[i + 1]!) };
    if (arg.startsWith('--workspace=')) return { workspace: path.resolve(arg.slice('--workspace='.length)) };
  }
  return {};
}
