import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';

describe('writeFileAtomic', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flux-atomic-'));
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('should create a new file with the text', async () => {
    // given
    const file = path.join(dir, 'New.flux');
    // when
    await writeFileAtomic(file, '{"states": []}\n');
    // then
    expect(await fs.readFile(file, 'utf8')).toBe('{"states": []}\n');
  });

  it('should replace an existing file and leave no temporary file behind', async () => {
    // given
    const file = path.join(dir, 'Old.flux');
    await fs.writeFile(file, 'old');
    // when
    await writeFileAtomic(file, 'new é ✓');
    // then
    expect(await fs.readFile(file, 'utf8')).toBe('new é ✓');
    expect(await fs.readdir(dir)).toEqual(['Old.flux']);
  });

  it('should keep the mode of an existing file', async () => {
    // given
    const file = path.join(dir, 'Mode.flux');
    await fs.writeFile(file, 'old', { mode: 0o640 });
    await fs.chmod(file, 0o640);
    // when
    await writeFileAtomic(file, 'new');
    // then
    if (process.platform !== 'win32') expect((await fs.stat(file)).mode & 0o777).toBe(0o640);
  });

  it('should write through a symbolic link to the file it points to', async () => {
    // given
    const real = path.join(dir, 'Real.flux');
    const link = path.join(dir, 'Link.flux');
    await fs.writeFile(real, 'old');
    await fs.symlink(real, link);
    // when
    await writeFileAtomic(link, 'new');
    // then
    expect(await fs.readFile(real, 'utf8')).toBe('new');
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
  });

  it('should reject, remove its temporary file and leave the target alone when the rename fails', async () => {
    // given a target that is a non-empty folder, so the final rename cannot happen
    const target = path.join(dir, 'Busy.flux');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'inside'), 'kept');
    // when
    const saving = writeFileAtomic(target, 'new');
    // then
    await expect(saving).rejects.toThrow();
    expect((await fs.readdir(dir)).sort()).toEqual(['Busy.flux']);
    expect(await fs.readFile(path.join(target, 'inside'), 'utf8')).toBe('kept');
  });

  it('should reject when the folder does not exist', async () => {
    // given
    const file = path.join(dir, 'missing', 'A.flux');
    // when / then
    await expect(writeFileAtomic(file, 'x')).rejects.toThrow(/ENOENT/);
  });

  it('should let a reader see only whole versions while saves race', async () => {
    // given two large versions that differ in every byte, and a reader polling the file
    const file = path.join(dir, 'Race.flux');
    const a = 'a'.repeat(512 * 1024);
    const b = 'b'.repeat(256 * 1024);
    await writeFileAtomic(file, a);
    let writing = true;
    const seen = new Set<string>();
    const reader = (async () => {
      while (writing) {
        const text = await fs.readFile(file, 'utf8');
        seen.add(text === a ? 'a' : text === b ? 'b' : `mixed(${text.length})`);
      }
    })();
    // when
    for (let i = 0; i < 20; i++) await Promise.all([writeFileAtomic(file, a), writeFileAtomic(file, b)]);
    writing = false;
    await reader;
    // then
    expect([...seen].filter((s) => s.startsWith('mixed'))).toEqual([]);
    expect(await fs.readdir(dir)).toEqual(['Race.flux']);
  });
});
