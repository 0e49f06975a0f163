import { describe, expect, it } from 'vitest';
import { main } from '../main';

async function flux(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('flux eval', () => {
  it('should print the value as JSON on one line and exit 0', async () => {
    expect(await flux('eval', '1 + 2')).toEqual({ code: 0, stdout: '3\n', stderr: '' });
  });

  it('should read variables from --context', async () => {
    const result = await flux('eval', '"Hello ${user.name}" + [n, n * 2]', '--context', '{"user": {"name": "Ada"}, "n": 2}');
    expect(result).toEqual({ code: 0, stdout: '"Hello Ada[2, 4]"\n', stderr: '' });
  });

  it('should accept --context=<json> and print lists and maps as JSON', async () => {
    const result = await flux('eval', '--context={"xs": [3, 1]}', '[sorted: xs.sort(), none: null]');
    expect(result).toEqual({ code: 0, stdout: '{"sorted":[1,3],"none":null}\n', stderr: '' });
  });

  it('should take an expression starting with -- after --', async () => {
    expect((await flux('eval', '--', '--2')).stdout).toBe('2\n');
  });

  it('should print a parse error with its line and column and exit 1', async () => {
    const result = await flux('eval', '1 +');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('flux eval: 1:4: expected an expression but the text ends here\n  1 +\n     ^\n');
  });

  it('should print an evaluation error with its line and column and exit 1', async () => {
    const result = await flux('eval', 'a +\n  missing', '--context', '{"a": 1}');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("flux eval: 2:3: unknown variable 'missing'\n    missing\n    ^\n");
  });

  it('should refuse an escape attempt as an error, not run it', async () => {
    const result = await flux('eval', "constructor.constructor('return process')()");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^flux eval: 1:1: 'constructor' is not available/);
  });

  it.each([
    [[], /missing the expression/],
    [['1', '2'], /give one expression/],
    [['1', '--context'], /--context needs a JSON object/],
    [['1', '--context', '{oops'], /not valid JSON/],
    [['1', '--context', '[1]'], /must be a JSON object/],
    [['1', '--verbose'], /unknown option '--verbose'/],
  ])('should reject the arguments %j with usage and exit 2', async (args, message) => {
    const result = await flux('eval', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("Usage: flux eval '<expression>'");
  });

  it('should be listed in flux --help', async () => {
    expect((await flux('--help')).stdout).toMatch(/eval\s+evaluate an expression/);
  });
});
