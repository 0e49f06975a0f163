// Parse + validate of a generated 1,000-state service (issue 3: the goal is under 20 ms).
import { checkFlux, serializeFlux, type FluxDocument, type FluxState } from '../shared/model';

const STATES = 1000;
const WARMUP = 20;
const RUNS = 100;

function generate(count: number): FluxDocument {
  const states: FluxState[] = [];
  for (let i = 0; i < count; i++) {
    const next = `S${(i + 1) % count}`;
    const back = `S${Math.floor(i / 2)}`;
    states.push({
      name: `S${i}`,
      displayName: `Step ${i}`,
      x: (i % 20) * 240,
      y: Math.floor(i / 20) * 160,
      comment: `Step ${i} of a generated service.`,
      waiting: i % 10 === 5 && i % 3 !== 0 ? true : undefined,
      action:
        i % 3 === 0
          ? {
              type: 'invokeCode',
              className: 'io.toro.martini.LoggerMethods',
              methodName: 'info',
              parameters: ['String'],
              inputs: [{ type: 'set', expression: `"step ${i}: \${count}"`, evaluate: true, to: ['message'] }],
            }
          : {
              lines: [
                { from: ['count'], to: ['total'] },
                { type: 'set', expression: `count > ${i} ? 'forward' : 'back'`, evaluate: true, to: ['$fluxEvent'] },
              ],
            },
      input: [{ name: 'count', type: 'integer', defaultValue: 0 }],
      output: [{ name: 'total', type: 'integer' }],
      transitions:
        i % 3 === 0
          ? [{ to: next, lines: [{ from: ['count'], to: ['count'] }] }]
          : [
              { event: 'forward', to: next, lines: [{ from: ['total'], to: ['count'] }] },
              { event: i % 10 === 5 ? 'back' : '$else', wait: 'duration:5', to: back },
              { event: '$exception', to: next },
            ],
    });
  }
  return { comment: 'Generated for the benchmark.', triggers: ['bench.start'], tags: ['bench'], input: [{ name: 'count', type: 'integer' }], startState: 'S0', states };
}

const text = serializeFlux(generate(STATES));
const times: number[] = [];
let diagnostics = 0;
for (let run = 0; run < WARMUP + RUNS; run++) {
  const started = performance.now();
  const result = checkFlux(text);
  const elapsed = performance.now() - started;
  if (run >= WARMUP) times.push(elapsed);
  diagnostics = result.diagnostics.length;
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
console.log(`parse + validate, ${STATES} states, ${(text.length / 1024).toFixed(0)} KiB, ${RUNS} runs (${diagnostics} diagnostics)`);
console.log(`  median ${at(0.5)} ms   p95 ${at(0.95)} ms   (goal: under 20 ms)`);
