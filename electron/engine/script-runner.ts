import { Worker } from 'node:worker_threads';
import type { LogLevel } from '../../shared/api/schemas';
import type { Vars } from './types';

/** What a script did: its outputs, or why it failed; and what it wrote with console.*. */
export type ScriptResult =
  | { ok: true; outputs: Vars; logs: { level: LogLevel; message: string }[] }
  | { ok: false; code: 'script-error' | 'script-timeout'; message: string; errorType: string; logs: { level: LogLevel; message: string }[] };

/** Runs a state's script action. The engine passes one in; tests may replace it. */
export interface ScriptRunner {
  run(code: string, inputs: Vars, options: { timeoutMs: number }): Promise<ScriptResult>;
  close(): Promise<void>;
}

const STARTUP_LIMIT_MS = 10_000;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await arguments eval inputs').split(' '),
);

// The worker's frame around the user's code. The code is the user's own JavaScript, run on purpose
// (FLUX.md "Expressions"), in a worker of its own: the engine's thread never evaluates it, and a
// script that never ends is stopped by terminating its worker.
const PRELUDE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const show = (v) => { if (typeof v === 'string') return v; try { return JSON.stringify(v); } catch { return String(v); } };
const say = (level) => (...args) => parentPort.postMessage({ type: 'log', level, message: args.map(show).join(' ') });
console.log = say('INFO'); console.info = say('INFO'); console.warn = say('WARN'); console.error = say('ERROR'); console.debug = say('DEBUG');
`;

const EPILOGUE = String.raw`
Promise.resolve().then(() => __fluxScript(workerData.inputs)).then(
  (result) => {
    if (result !== undefined && (result === null || typeof result !== 'object' || Array.isArray(result))) {
      throw new TypeError('a script returns an object of outputs, such as { total: 3 }');
    }
    parentPort.postMessage({ type: 'done', outputs: result ?? {} });
  },
).catch((error) => {
  const e = error instanceof Error ? error : new Error(String(error));
  parentPort.postMessage({ type: 'error', name: e.name, message: e.message });
});
`;

/** The worker's source for `code`: inputs named like identifiers are local constants. */
export function scriptSource(code: string, inputNames: readonly string[]): string {
  const locals = inputNames.filter((n) => IDENTIFIER.test(n) && !RESERVED.has(n));
  const unpack = locals.length > 0 ? `const { ${locals.join(', ')} } = inputs;` : '';
  return `${PRELUDE}\nasync function __fluxScript(inputs) { ${unpack}\n${code}\n}\n${EPILOGUE}`;
}

/** Runs each script in a fresh worker thread, stopped when it passes its time limit. */
export class WorkerScriptRunner implements ScriptRunner {
  private readonly live = new Set<Worker>();

  run(code: string, inputs: Vars, options: { timeoutMs: number }): Promise<ScriptResult> {
    const logs: { level: LogLevel; message: string }[] = [];
    return new Promise((resolve) => {
      let settled = false;
      let worker: Worker;
      try {
        worker = new Worker(scriptSource(code, Object.keys(inputs)), {
          eval: true,
          workerData: { inputs },
          // A script sees no environment variables of the studio, and cannot take all memory.
          env: {},
          resourceLimits: { maxOldGenerationSizeMb: 128 },
        });
      } catch (error) {
        resolve({ ok: false, code: 'script-error', message: (error as Error).message, errorType: 'Error', logs });
        return;
      }
      this.live.add(worker);
      const finish = (result: ScriptResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.live.delete(worker);
        void worker.terminate();
        resolve(result);
      };
      const stop = (message: string) => finish({ ok: false, code: 'script-timeout', message, errorType: 'ScriptTimeout', logs });
      // The limit counts from when the worker is up: a busy machine's slow start is not the script's.
      let timer = setTimeout(() => stop(`the script's worker did not start within ${STARTUP_LIMIT_MS} ms`), STARTUP_LIMIT_MS);
      worker.on('online', () => {
        clearTimeout(timer);
        timer = setTimeout(() => stop(`the script ran longer than ${options.timeoutMs} ms and was stopped`), options.timeoutMs);
      });
      worker.on('message', (message: { type: string; level?: LogLevel; message?: string; outputs?: Vars; name?: string }) => {
        if (message.type === 'log') logs.push({ level: message.level ?? 'INFO', message: message.message ?? '' });
        else if (message.type === 'done') finish({ ok: true, outputs: message.outputs ?? {}, logs });
        else if (message.type === 'error') finish({ ok: false, code: 'script-error', message: message.message ?? 'the script failed', errorType: message.name ?? 'Error', logs });
      });
      worker.on('error', (error) => {
        finish({ ok: false, code: 'script-error', message: error.message, errorType: error.name, logs });
      });
      worker.on('exit', (exitCode) => {
        finish({ ok: false, code: 'script-error', message: `the script's worker stopped (exit code ${exitCode}) before returning`, errorType: 'Error', logs });
      });
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.live].map((w) => w.terminate()));
    this.live.clear();
  }
}
