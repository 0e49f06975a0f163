import type { Scope } from '../../shared/expr';
import {
  FLUX_CONTEXT_ID,
  FLUX_EVENT,
  FLUX_EXCEPTION,
  FLUX_NAME,
  FLUX_STATE_NAME,
  TRIGGER_FLUX_EVENT,
} from '../../shared/model';
import type { ServiceDefinition } from './definition';
import type { RunData, Vars } from './types';

const EMPTY = new Set<string>();

/**
 * What expressions and `from` paths see in a state (FLUX.md step 3): `extra` layers first (an
 * action's parameters or results), then the state's inputs and outputs, the service's inputs and
 * outputs, then the reserved variables. Declared names without a value read as null. The scope
 * reads the run when asked, so a map step's later lines see what earlier lines wrote.
 */
export function stateScope(def: ServiceDefinition, run: () => RunData, stateName: string, extra: readonly Vars[] = []): Scope {
  const declared = def.declared.get(stateName);
  const stateIn = declared?.input ?? EMPTY;
  const stateOut = declared?.output ?? EMPTY;
  const find = (name: string): { found: boolean; value?: unknown } => {
    for (const layer of extra) if (Object.hasOwn(layer, name)) return { found: true, value: layer[name] };
    const r = run();
    const vars = r.states[stateName];
    if (vars && Object.hasOwn(vars.input, name)) return { found: true, value: vars.input[name] };
    if (vars && Object.hasOwn(vars.output, name)) return { found: true, value: vars.output[name] };
    if (stateIn.has(name) || stateOut.has(name)) return { found: true, value: null };
    if (Object.hasOwn(r.inputs, name)) return { found: true, value: r.inputs[name] };
    if (Object.hasOwn(r.outputs, name)) return { found: true, value: r.outputs[name] };
    if (def.serviceInputs.has(name) || def.serviceOutputs.has(name)) return { found: true, value: null };
    switch (name) {
      case FLUX_EVENT: return { found: true, value: r.fluxEvent ?? null };
      case FLUX_CONTEXT_ID: return { found: true, value: r.id };
      case FLUX_NAME: return { found: true, value: r.service };
      case FLUX_STATE_NAME: return { found: true, value: stateName };
      // Null, not unknown, for a run started by execute: `${$triggerFluxEvent}` should not fail it.
      case TRIGGER_FLUX_EVENT: return { found: true, value: r.trigger ?? null };
      case FLUX_EXCEPTION: return r.exception === undefined ? { found: false } : { found: true, value: r.exception };
    }
    return { found: false };
  };
  return {
    has: (name) => find(name).found,
    get: (name) => {
      const value = find(name).value;
      return value === undefined ? null : value;
    },
  };
}
