import { describe, expect, it } from 'vitest';
import { BUILTINS, findBuiltin, GLOOP_METHODS_CLASS, LOGGER_ALIAS_CLASS, LOGGER_CLASS } from './builtins';

describe('builtins', () => {
  it('should hold the four logger levels under both logger classes, taking a message', () => {
    for (const className of [LOGGER_CLASS, LOGGER_ALIAS_CLASS]) {
      for (const level of ['info', 'warn', 'error', 'debug'] as const) {
        // when
        const f = findBuiltin(className, level);
        // then
        expect(f?.effect).toEqual({ type: 'log', level });
        expect(f?.parameters).toEqual([{ name: 'message', type: 'String' }]);
      }
    }
  });

  it('should hold throwException in GloopMethods', () => {
    expect(findBuiltin(GLOOP_METHODS_CLASS, 'throwException')?.effect).toEqual({ type: 'throw' });
    expect(GLOOP_METHODS_CLASS).toBe('io.toro.martini.GloopMethods');
  });

  it('should find nothing for unknown classes or methods, and list each function once', () => {
    expect(findBuiltin(LOGGER_CLASS, 'trace')).toBeUndefined();
    expect(findBuiltin('java.lang.Runtime', 'exec')).toBeUndefined();
    expect(findBuiltin(LOGGER_CLASS, 'constructor')).toBeUndefined();
    const keys = BUILTINS.map((f) => `${f.className}.${f.methodName}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
