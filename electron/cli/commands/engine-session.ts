// What `flux run`, `flux send` and `flux replay` share: load a workspace, deploy its services into
// an engine (on a real or fake clock), print each console record as one line, and close.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseFlux, serviceNameFromPath } from '../../../shared/model';
import {
  createEngine,
  EngineError,
  FakeClock,
  FileRunStore,
  formatRecord,
  isFinished,
  MemoryRunStore,
  RealClock,
  type Engine,
  type RunStore,
} from '../../engine';
import type { CliIO } from '../command';
import { collectFluxFiles, reasonOf } from './check-files';
import type { EngineArgs } from './engine-args';

/** An engine over a workspace, for one command. */
export interface EngineSession {
  engine: Engine;
  /** Set with --fake-clock: time moves only by `advance`. */
  fakeClock?: FakeClock;
  /** Waits until no run is busy. */
  settle(): Promise<void>;
  /** Closes the engine (saving runs with --state-dir) and says what is left waiting on stderr. */
  close(): Promise<void>;
}

/** A failure that ends the command with exit code 1 and the message on stderr. */
export class CommandFailure extends Error {
  override name = 'CommandFailure';
}

/** Opens the workspace folder and starts an engine with each of its valid services deployed. */
export async function openSession(command: string, workspace: string, args: EngineArgs, io: CliIO): Promise<EngineSession> {
  const stat = await fs.stat(workspace).catch((error: unknown) => {
    throw new CommandFailure(`cannot read the workspace ${workspace}: ${reasonOf(error)}`);
  });
  if (!stat.isDirectory()) throw new CommandFailure(`the workspace ${workspace} is not a folder`);
  const { files } = await collectFluxFiles([workspace]);

  let store: RunStore = new MemoryRunStore();
  let start = Date.now();
  if (args.stateDir !== undefined) {
    const fileStore = new FileRunStore(args.stateDir);
    // A fake clock never runs behind the time the runs were saved at.
    const saved = (await fileStore.readMeta())?.now;
    if (saved !== undefined && args.fakeClock !== undefined) start = Math.max(start, saved);
    store = fileStore;
  }
  const fakeClock = args.fakeClock === undefined ? undefined : new FakeClock(Number.isNaN(args.fakeClock) ? start : args.fakeClock);
  const print = (line: string) => io.stdout(`${line}\n`);
  let engine: Engine;
  try {
    engine = await createEngine({
      clock: fakeClock ?? new RealClock(),
      store,
      sink: { write: (record) => (args.debug || record.level !== 'DEBUG') && print(formatRecord(record)) },
    });
  } catch (error) {
    throw new CommandFailure(`cannot open the run store ${args.stateDir}: ${(error as Error).message}`);
  }
  for (const file of files) {
    const name = serviceNameFromPath(path.relative(workspace, file).split(path.sep).join('/'));
    if (name === null) continue;
    const { document, diagnostics } = parseFlux(await fs.readFile(file, 'utf8'));
    if (document) engine.deploy(name, document);
    else print(`WARN [${name}] Not deployed: ${diagnostics[0]?.message ?? 'unreadable'} (run flux check for details)`);
  }
  return {
    engine,
    fakeClock,
    settle: () => engine.idle(),
    async close() {
      await engine.idle();
      const live = engine.listRuns().filter((r) => !isFinished(r.status));
      await engine.close();
      if (live.length === 0) return;
      const where = args.stateDir !== undefined ? `kept in ${args.stateDir}` : 'dropped at exit; keep them with --state-dir';
      io.stderr(`flux ${command}: ${live.length} ${live.length === 1 ? 'run' : 'runs'} waiting or sleeping (${where})\n`);
    },
  };
}

/** Runs `body` in a session, turning engine and workspace failures into exit code 1. */
export async function withSession(command: string, workspace: string, args: EngineArgs, io: CliIO, body: (session: EngineSession) => Promise<void>): Promise<number> {
  let session: EngineSession | undefined;
  try {
    session = await openSession(command, workspace, args, io);
    await body(session);
    await session.settle();
    return 0;
  } catch (error) {
    if (error instanceof CommandFailure || error instanceof EngineError) {
      io.stderr(`flux ${command}: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await session?.close();
  }
}
