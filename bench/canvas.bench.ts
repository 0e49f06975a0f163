// Canvas under load (issue 6: with 500 states and 600 transitions, a scripted drag keeps the
// 95th-percentile frame under 16.7 ms; 1,000 states render in under 1.5 s). Drives the browser
// edition in headless Chromium, as the e2e tests do. Prints figures; never fails on a number.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { createBackend } from '../electron/backend/backend';
import { startWebServer } from '../electron/web/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The same flags as playwright.config.ts.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A service of `count` states in a grid, each going to the next, plus `extra` longer jumps. */
function service(count: number, extra: number): string {
  const states = Array.from({ length: count }, (_, i) => ({
    name: `S${i}`,
    displayName: `State ${i}`,
    x: (i % 25) * 220,
    y: Math.floor(i / 25) * 140,
    action: {},
    input: [],
    output: [],
    transitions: [] as { to: string; event?: string }[],
  }));
  for (let i = 0; i + 1 < count; i++) states[i]!.transitions.push({ to: `S${i + 1}`, event: `next${i}` });
  for (let k = 0; k < extra; k++) {
    const from = (k * 37) % count;
    states[from]!.transitions.push({ to: `S${(from + 26) % count}`, event: `jump${k}` });
  }
  return JSON.stringify({ states }, null, 2);
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const ms = (n: number) => `${n.toFixed(1)} ms`;
const report = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);

/** Opens a service from the navigator and waits until all its states are drawn (measured, visible). */
async function open(page: Page, name: string, states: number): Promise<number> {
  const started = Date.now();
  await page.getByRole('navigation', { name: 'Services' }).getByRole('treeitem', { name }).click();
  await page.waitForFunction(
    (n) => {
      const nodes = document.querySelectorAll('.react-flow__node');
      // React Flow keeps nodes hidden until it has measured them.
      return nodes.length === n && [...nodes].every((node) => (node as HTMLElement).style.visibility !== 'hidden');
    },
    states,
    { polling: 'raf', timeout: 60_000 },
  );
  return Date.now() - started;
}

async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = { frames: [] as number[], running: true, longTasks: 0, longTaskMs: 0 };
    (window as unknown as { probe: typeof probe }).probe = probe;
    let last = performance.now();
    const frame = (now: number) => {
      probe.frames.push(now - last);
      last = now;
      if (probe.running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) {
        probe.longTasks += 1;
        probe.longTaskMs += entry.duration;
      }
    }).observe({ entryTypes: ['longtask'] });
  });
}

async function stopFrames(page: Page): Promise<{ frames: number[]; longTasks: number; longTaskMs: number }> {
  return page.evaluate(() => {
    const probe = (window as unknown as { probe: { frames: number[]; running: boolean; longTasks: number; longTaskMs: number } }).probe;
    probe.running = false;
    return { frames: probe.frames.slice(1), longTasks: probe.longTasks, longTaskMs: probe.longTaskMs };
  });
}

// Frame times come from requestAnimationFrame, whose times Chromium coarsens to 100 µs with jitter:
// a frame on time at 60 Hz reads 16.6 to 16.8 ms (the idle figures show it), so "over 16.7" counts
// some frames that were on time; those over 20 ms are frames that were dropped.
function reportFrames(label: string, frames: number[]): void {
  const over = (limit: number) => frames.filter((f) => f > limit).length;
  report(`${label} frame p50 / p95 / max`, `${ms(percentile(frames, 50))} / ${ms(percentile(frames, 95))} / ${ms(Math.max(...frames))}`);
  report(`${label} frames: all / over 16.7 / 20 / 33 ms`, `${frames.length} / ${over(16.7)} / ${over(20)} / ${over(33.4)}`);
}

const built = spawnSync(process.execPath, [path.join(root, 'scripts/ensure-renderer-cli.mjs')], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) throw new Error('Building the renderer failed.');

const workspace = mkdtempSync(path.join(os.tmpdir(), 'flux-bench-'));
writeFileSync(path.join(workspace, 'Big500.flux'), service(500, 101));
writeFileSync(path.join(workspace, 'Huge1000.flux'), service(1000, 0));
const backend = await createBackend({ workspace });
const server = await startWebServer({ backend, staticDir: path.join(root, 'dist/renderer') });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // tsx compiles with keepNames, so functions sent to page.evaluate call a __name helper the page lacks.
  await page.addInitScript('globalThis.__name ??= (fn) => fn;');
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Services' }).getByRole('treeitem', { name: 'Big500' }).waitFor();

  const bigMs = await open(page, 'Big500', 500);
  report('open and draw 500 states, 600 transitions', ms(bigMs));
  await page.waitForTimeout(500);

  await startFrames(page);
  await page.waitForTimeout(1000);
  const idle = await stopFrames(page);

  // Drag a state in the middle of the grid in a slow circle, one mouse event at a time.
  const node = page.locator('.react-flow__node[data-id="S262"]');
  const box = (await node.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await startFrames(page);
  // BENCH_TRACE=file.json records a Chromium trace of the drag, to see where its frames go.
  const trace = process.env.BENCH_TRACE;
  if (trace) await browser.startTracing(page, { path: trace, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'input'] });
  // BENCH_PROFILE=file.cpuprofile records the page's JavaScript during the drag (opens in DevTools).
  const profile = process.env.BENCH_PROFILE;
  const cdp = profile ? await page.context().newCDPSession(page) : undefined;
  if (cdp) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.setSamplingInterval', { interval: 200 })).then(() => cdp.send('Profiler.start'));
  const STEPS = 240;
  for (let i = 1; i <= STEPS; i++) {
    const angle = (i / STEPS) * 2 * Math.PI;
    await page.mouse.move(x + 150 * Math.sin(angle), y + 100 * (1 - Math.cos(angle)) / 2);
  }
  const drag = await stopFrames(page);
  if (trace) await browser.stopTracing();
  if (cdp) writeFileSync(profile!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  await page.mouse.up();

  reportFrames('idle', idle.frames);
  reportFrames('drag of 1 of 500 states', drag.frames);
  report('long tasks during the drag (count, total)', `${drag.longTasks}, ${ms(drag.longTaskMs)}`);

  // Undo the drag, so switching services does not stop to ask about unsaved edits.
  await page.keyboard.press('Control+Z');
  const hugeMs = await open(page, 'Huge1000', 1000);
  report('open and draw 1,000 states, 999 transitions', ms(hugeMs));
} finally {
  await browser.close();
  await server.close();
  await backend.close();
  rmSync(workspace, { recursive: true, force: true });
}
