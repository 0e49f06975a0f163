import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend/backend';
import { startWebServer } from './server';

/** `npm run web -- [--workspace DIR] [--port N]`: the browser edition. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { workspace: { type: 'string' }, port: { type: 'string' } },
    allowPositionals: false,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port takes a number from 0 to 65535, not '${values.port}'.`);
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const backend = await createBackend({ workspace: values.workspace && path.resolve(values.workspace) });
  const server = await startWebServer({ backend, port, staticDir: path.join(root, 'dist/renderer') });
  console.log(`Flux Studio is running at ${server.url}`);
  console.log(`Workspace: ${backend.workspace.root}`);
  const stop = () => {
    void server.close().then(() => backend.close()).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`flux studio: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
