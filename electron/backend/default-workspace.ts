import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where both editions open when no `--workspace` is given. */
export function defaultWorkspaceDir(): string {
  return path.join(os.homedir(), 'FluxStudio');
}

/** The sample service a new workspace starts with: it logs which trigger started it. */
export const SAMPLE_SERVICE_NAME = 'Hello';
export const SAMPLE_SERVICE = `${JSON.stringify(
  {
    comment: '# Hello\n\nA sample service. Send the event `invoked` (right-click the canvas, Send Flux Event) and read the Console.',
    triggers: ['invoked'],
    startState: 'Greet',
    states: [
      {
        name: 'Greet',
        displayName: 'Greet',
        x: 80,
        y: 80,
        action: {
          type: 'invokeCode',
          className: 'io.toro.martini.LoggerMethods',
          methodName: 'info',
          parameters: ['String'],
          inputs: [
            { type: 'set', expression: '"Hello! I was started by ${$triggerFluxEvent}"', evaluate: true, to: ['message'] },
          ],
        },
        input: [],
        output: [],
        transitions: [{ to: 'Done' }],
      },
      { name: 'Done', displayName: 'Done', x: 80, y: 240, action: {}, input: [], output: [] },
    ],
  },
  null,
  2,
)}\n`;

/** Creates the folder with the sample service when it does not exist yet; an existing folder is left as it is. */
export async function ensureWorkspace(dir: string, { withSample }: { withSample: boolean }): Promise<void> {
  const exists = await fs.stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (exists) return;
  await fs.mkdir(dir, { recursive: true });
  if (withSample) await fs.writeFile(path.join(dir, `${SAMPLE_SERVICE_NAME}.flux`), SAMPLE_SERVICE);
}
