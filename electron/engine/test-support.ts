// Helpers for the engine's tests: an engine on a fake clock whose console is a list of lines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFlux, type FluxDocument } from '../../shared/model';
import { FakeClock } from './clock';
import { createEngine, type Engine } from './engine';
import type { EngineOptions } from './engine-options';
import { formatRecord, MemorySink } from './log-sink';
import { MemoryRunStore, type RunStore } from './run-store';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The model's fixture folder. */
export const MODEL_FIXTURES = path.join(here, '../../shared/model/fixtures');

/** A fixture of the model (`Triggered`) or of the engine (`engine:Invoke`), as a document. */
export function fixture(name: string): FluxDocument {
  const file = name.startsWith('engine:') ? path.join(here, 'fixtures', `${name.slice(7)}.flux`) : path.join(MODEL_FIXTURES, `${name}.flux`);
  const { document, diagnostics } = parseFlux(readFileSync(file, 'utf8'));
  if (!document) throw new Error(`${file}: ${diagnostics.map((d) => d.message).join('; ')}`);
  return document;
}

/** An engine under test, with its clock, console and store. */
export interface Harness {
  engine: Engine;
  clock: FakeClock;
  sink: MemorySink;
  store: RunStore;
  /** Console lines so far at INFO and above (or every line with `debug`), then forgets them. */
  lines(debug?: boolean): string[];
  /** Advances the clock by seconds and waits until no run is busy. */
  advance(seconds: number): Promise<void>;
  /** Closes the engine and opens a new one over the same store and clock (same services deployed). */
  restart(): Promise<Harness>;
}

/** An engine on a FakeClock with the given services deployed (`{ Name: document }`). */
export async function harness(services: Record<string, FluxDocument>, options: EngineOptions = {}, shared?: { clock: FakeClock; store: RunStore }): Promise<Harness> {
  const clock = shared?.clock ?? new FakeClock(Date.UTC(2026, 0, 1));
  const store = shared?.store ?? options.store ?? new MemoryRunStore();
  const sink = new MemorySink();
  const engine = await createEngine({ scriptTimeoutMs: 2000, ...options, clock, sink, store });
  for (const [name, doc] of Object.entries(services)) engine.deploy(name, doc);
  let read = 0;
  const h: Harness = {
    engine,
    clock,
    sink,
    store,
    lines(debug = false) {
      const fresh = sink.records.slice(read);
      read = sink.records.length;
      return fresh.filter((r) => debug || r.level !== 'DEBUG').map(formatRecord);
    },
    async advance(seconds) {
      await clock.advance(seconds * 1000);
      await engine.idle();
    },
    async restart() {
      await engine.close();
      return harness(services, options, { clock, store });
    },
  };
  await engine.idle();
  h.lines(true);
  return h;
}
