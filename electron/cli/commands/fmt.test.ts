import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aState, serviceText } from '../../../shared/model/test-docs';
import { main } from '../main';
import { collectingIO, tempWorkspaces } from './check-test-support';

const canonical = serviceText([aState('A', { transitions: [{ event: '$exception', to: 'A' }] })]);
const messy = JSON.stringify(JSON.parse(canonical));

describe('flux fmt', () => {
  const workspace = tempWorkspaces();

  it('should rewrite files into canonical form, name them, and leave canonical ones alone', async () => {
    // given
    const dir = await workspace({ 'Messy.flux': messy, 'sub/Fine.flux': canonical });
    const fine = path.join(dir, 'sub', 'Fine.flux');
    const before = (await fs.stat(fine)).mtimeMs;
    const io = collectingIO();
    // when
    const code = await main(['fmt', dir], io);
    // then
    expect(code).toBe(0);
    expect(await fs.readFile(path.join(dir, 'Messy.flux'), 'utf8')).toBe(canonical);
    expect(io.out()).toBe(`${path.join(dir, 'Messy.flux')}: formatted\n`);
    expect((await fs.stat(fine)).mtimeMs).toBe(before);
    expect((await fs.readdir(dir)).sort()).toEqual(['Messy.flux', 'sub']);
  });

  it('should change nothing with --check, name each file not canonical, and exit 1', async () => {
    // given
    const dir = await workspace({ 'Messy.flux': messy, 'Fine.flux': canonical });
    const io = collectingIO();
    // when
    const code = await main(['fmt', '--check', dir], io);
    // then
    expect(code).toBe(1);
    expect(io.out()).toBe(`${path.join(dir, 'Messy.flux')}: not in canonical form\n`);
    expect(await fs.readFile(path.join(dir, 'Messy.flux'), 'utf8')).toBe(messy);
  });

  it('should exit 0 with --check when every file is canonical', async () => {
    // given
    const dir = await workspace({ 'Fine.flux': canonical });
    const io = collectingIO();
    // when / then
    expect(await main(['fmt', '--check', dir], io)).toBe(0);
    expect(io.out()).toBe('');
  });

  it('should never rewrite a file that does not read, and report why', async () => {
    // given
    const bad = '{\n  "states": [\n    {"name": "A"},\n  ]\n}\n';
    const dir = await workspace({ 'Bad.flux': bad, 'Messy.flux': messy });
    const io = collectingIO();
    // when
    const code = await main(['fmt', dir], io);
    // then the other file is still formatted
    expect(code).toBe(1);
    expect(await fs.readFile(path.join(dir, 'Bad.flux'), 'utf8')).toBe(bad);
    expect(io.err()).toContain(`${path.join(dir, 'Bad.flux')}:4:3: error json-syntax invalid JSON: a trailing comma is not allowed`);
    expect(await fs.readFile(path.join(dir, 'Messy.flux'), 'utf8')).toBe(canonical);
  });

  it('should not rewrite a file whose numbers would lose precision', async () => {
    // given
    const text = '{"input": [{"name": "n", "type": "long", "defaultValue": 12345678901234567890}], "states": []}';
    const dir = await workspace({ 'Big.flux': text });
    const io = collectingIO();
    // when
    const code = await main(['fmt', dir], io);
    // then
    expect(code).toBe(1);
    expect(await fs.readFile(path.join(dir, 'Big.flux'), 'utf8')).toBe(text);
    expect(io.err()).toContain('json-number-precision');
  });

  it('should format a file whose services are invalid but readable', async () => {
    // given
    const invalid = JSON.stringify(JSON.parse(serviceText([aState('A', { transitions: [{ to: 'Missing' }] })])));
    const dir = await workspace({ 'Invalid.flux': invalid });
    // when
    const code = await main(['fmt', dir], collectingIO());
    // then
    expect(code).toBe(0);
    expect(await fs.readFile(path.join(dir, 'Invalid.flux'), 'utf8')).toContain('\n  "states": [\n');
  });

  it('should print its usage and exit 2 without a target', async () => {
    // given
    const io = collectingIO();
    // when / then
    expect(await main(['fmt', '--check'], io)).toBe(2);
    expect(io.err()).toContain('Usage: flux fmt');
  });
});
