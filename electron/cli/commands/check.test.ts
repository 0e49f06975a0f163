import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aState, serviceText } from '../../../shared/model/test-docs';
import { main } from '../main';
import { collectingIO, tempWorkspaces } from './check-test-support';

const valid = serviceText([aState('A')]);
const broken = serviceText([aState('A', { transitions: [{ to: 'Missing' }] })]);
const warned = serviceText([aState('A'), aState('Orphan')]);

describe('flux check', () => {
  const workspace = tempWorkspaces();

  it('should print nothing on stdout and exit 0 for valid files', async () => {
    // given
    const dir = await workspace({ 'A.flux': valid });
    const io = collectingIO();
    // when
    const code = await main(['check', path.join(dir, 'A.flux')], io);
    // then
    expect(code).toBe(0);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('1 file, 0 errors, 0 warnings');
  });

  it('should print one line per diagnostic with file, line, column, severity, code and message, and exit 1 on an error', async () => {
    // given
    const dir = await workspace({ 'Bad.flux': broken });
    const file = path.join(dir, 'Bad.flux');
    const io = collectingIO();
    // when
    const code = await main(['check', file], io);
    // then
    expect(code).toBe(1);
    const line = broken.split('\n').findIndex((l) => l.includes('"Missing"')) + 1;
    expect(io.out()).toBe(`${file}:${line}:17: error unknown-target transition 0 of state 'A' goes to 'Missing', which is not a state of this service\n`);
  });

  it('should exit 0 when only warnings are found', async () => {
    // given
    const dir = await workspace({ 'W.flux': warned });
    const io = collectingIO();
    // when
    const code = await main(['check', dir], io);
    // then
    expect(code).toBe(0);
    expect(io.out()).toMatch(/W\.flux:\d+:\d+: warning unreachable-state state 'Orphan'/);
  });

  it('should search folders recursively for .flux files, skipping node_modules and dot-folders', async () => {
    // given
    const dir = await workspace({
      'a/B.flux': broken,
      'a/notes.txt': 'not a service',
      'c/d/E.flux': '{',
      'node_modules/x/F.flux': broken,
      '.git/G.flux': broken,
    });
    const io = collectingIO();
    // when
    const code = await main(['check', dir], io);
    // then
    expect(code).toBe(1);
    const files = io.out().trim().split('\n').map((l) => path.relative(dir, l.split(':')[0]!));
    expect(files).toEqual([path.join('a', 'B.flux'), path.join('c', 'd', 'E.flux')]);
    expect(io.out()).toContain('E.flux:1:2: error json-syntax');
  });

  it('should report a target that does not exist as an error', async () => {
    // given
    const dir = await workspace({});
    const io = collectingIO();
    // when
    const code = await main(['check', path.join(dir, 'Nope.flux')], io);
    // then
    expect(code).toBe(1);
    expect(io.out()).toContain('Nope.flux: error io-error cannot read: no such file or directory');
  });

  it('should print its usage and exit 2 without a target or with an unknown option', async () => {
    for (const args of [['check'], ['check', '--fast', 'x']]) {
      // given
      const io = collectingIO();
      // when
      const code = await main(args, io);
      // then
      expect(code).toBe(2);
      expect(io.err()).toContain('Usage: flux check');
    }
  });
});
