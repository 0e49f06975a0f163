// Expression language (issue 4: the goal is 1,000,000 evaluations a second of a five-variable
// interpolation parsed once). Prints figures; never fails on a number.
import {
  clearExpressionCache,
  compileExpression,
  parseExpression,
  scopeFrom,
  type ExpressionEnv,
} from '../shared/expr';

const env: ExpressionEnv = { now: () => 0, random: () => 0.5, uuid: () => 'u' };

/** Runs `body` repeatedly for about `ms` milliseconds and returns how many runs a second it did. */
function perSecond(body: (i: number) => void, ms = 1000): number {
  for (let i = 0; i < 10_000; i++) body(i); // warm up the JIT first
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 1000; i++) body(runs + i);
    runs += 1000;
    elapsed = performance.now() - start;
  }
  return (runs / elapsed) * 1000;
}

function report(label: string, rate: number): void {
  console.log(`${label.padEnd(52)} ${Math.round(rate).toLocaleString('en-US').padStart(12)} /s`);
}

const interpolation = '"Order ${orderId} for ${customer} (${quantity} x ${sku}) ships ${when}"';
const scope = scopeFrom({ orderId: 'o-1042', customer: 'Ada', quantity: 3, sku: 'WIDGET-7', when: 'today' });
const compiled = compileExpression(interpolation);
let sink: unknown;

report('evaluate five-variable interpolation (parsed once)', perSecond(() => {
  sink = compiled.evaluate(scope, env);
}));

const mixed = "order.quantity > 2 && $context.hasProperty('customer') ? order.total * 1.2 : order.total ?: 0";
const mixedScope = scopeFrom({ order: { quantity: 3, total: 40 }, customer: 'Ada' });
const mixedCompiled = compileExpression(mixed);
report('evaluate a condition with paths, ?: and a method', perSecond(() => {
  sink = mixedCompiled.evaluate(mixedScope, env);
}));

// Cold: a different text every time, so neither the cache nor the JIT's caches for one string help.
report('parse cold (parseExpression, distinct texts)', perSecond((i) => {
  sink = parseExpression(`${interpolation} + ${i}`);
}));
clearExpressionCache();
report('compile cold (compileExpression, distinct texts)', perSecond((i) => {
  sink = compileExpression(`${interpolation} + ${i}`);
}));
report('compile cached (compileExpression, same text)', perSecond(() => {
  sink = compileExpression(interpolation);
}));

if (sink === Symbol.for('never')) console.log(sink);
