import { describe, expect, it } from 'vitest';
import { FluxApiError, type FluxApi, type ServiceFile } from '../../../shared/api';
import { updateService } from '../document/edits';
import { isDirty } from './documents-slice';
import { createStudioStore } from './store';

const text = (states: string[], triggers?: string[]) =>
  `${JSON.stringify({ ...(triggers ? { triggers } : {}), states: states.map((name) => ({ name, x: 0, y: 0, action: {}, input: [], output: [] })) }, null, 2)}\n`;

/** A backend in memory: files by service name, each with a modification time. */
function fakeApi(files: Record<string, string>) {
  const disk = new Map(Object.entries(files).map(([name, t], i) => [name, { text: t, mtimeMs: i + 1 }]));
  const file = (name: string): ServiceFile => {
    const found = disk.get(name);
    if (!found) throw new FluxApiError('not-found', `no ${name}`);
    return { name, path: `${name}.flux`, ...found };
  };
  const handlers: Record<string, (input: never) => unknown> = {
    'workspace:info': () => ({ root: '/ws', name: 'ws' }),
    'service:list': () => ({ services: [...disk.keys()].sort().map((name) => ({ name, path: `${name}.flux` })) }),
    'log:recent': () => ({ records: [] }),
    'service:read': ({ name }: { name: string }) => file(name),
    'service:save': ({ name, text: t, expectedMtimeMs }: { name: string; text: string; expectedMtimeMs?: number }) => {
      if (expectedMtimeMs !== undefined && disk.get(name)?.mtimeMs !== expectedMtimeMs) throw new FluxApiError('conflict', 'changed');
      disk.set(name, { text: t, mtimeMs: (disk.get(name)?.mtimeMs ?? 0) + 100 });
      return { name, path: `${name}.flux`, mtimeMs: disk.get(name)!.mtimeMs };
    },
  };
  const api = {
    async request(channel: string, input: never) {
      const handler = handlers[channel];
      if (handler) return handler(input);
      // The studio asks the engine for runs and the like; this store test does not need them.
      return { runs: [], events: [], services: [] };
    },
    on: () => () => undefined,
  } as unknown as FluxApi;
  /** Another program writes a file. */
  const writeElsewhere = (name: string, t: string) => disk.set(name, { text: t, mtimeMs: (disk.get(name)?.mtimeMs ?? 0) + 1000 });
  return { api, disk, writeElsewhere };
}

async function given(files: Record<string, string>) {
  const backend = fakeApi(files);
  const store = createStudioStore(backend.api);
  await store.getState().loadWorkspace();
  return { ...backend, store, state: () => store.getState() };
}

const addTrigger = (trigger: string) => (doc: Parameters<typeof updateService>[0]) => updateService(doc, { triggers: [trigger] });
const changed = (name: string, mtimeMs: number) => ({ root: '/ws', changes: [{ name, path: `${name}.flux`, kind: 'changed' as const, mtimeMs }] });

describe('services changed on disk', () => {
  it('should reload a service without unsaved edits, and ask about one with edits', async () => {
    // given
    const { state, writeElsewhere, disk } = await given({ Main: text(['A']) });
    // when another program changes it
    writeElsewhere('Main', text(['A', 'B']));
    await state().workspaceChanged(changed('Main', disk.get('Main')!.mtimeMs));
    // then it is reloaded
    expect(state().documents.Main?.doc?.states.map((s) => s.name)).toEqual(['A', 'B']);
    expect(state().prompts).toEqual([]);

    // and when the user edits it and it changes again
    state().edit('Main', 'service.set-triggers', addTrigger('mine'));
    writeElsewhere('Main', text(['Theirs']));
    await state().workspaceChanged(changed('Main', disk.get('Main')!.mtimeMs));
    // then the user is asked, and the edit is still there
    expect(state().prompts).toMatchObject([{ type: 'changed-on-disk', service: 'Main' }]);
    expect(state().documents.Main?.doc?.triggers).toEqual(['mine']);
  });

  it('should keep the edits and save over the file on Keep Mine, or take the file on Reload', async () => {
    // given an edited service whose file changed
    const { state, writeElsewhere, disk } = await given({ Main: text(['A']) });
    state().edit('Main', 'service.set-triggers', addTrigger('mine'));
    writeElsewhere('Main', text(['Theirs']));
    await state().workspaceChanged(changed('Main', disk.get('Main')!.mtimeMs));
    // when
    state().answerDiskChange('keep');
    await state().save('Main');
    // then
    expect(JSON.parse(disk.get('Main')!.text).triggers).toEqual(['mine']);

    // and when it changes again and the user reloads
    state().edit('Main', 'service.set-triggers', addTrigger('again'));
    writeElsewhere('Main', text(['Theirs']));
    await state().workspaceChanged(changed('Main', disk.get('Main')!.mtimeMs));
    state().answerDiskChange('reload');
    expect(state().documents.Main?.doc?.states.map((s) => s.name)).toEqual(['Theirs']);
    expect(isDirty(state().documents.Main)).toBe(false);
  });

  it('should ask about a save refused for a conflict instead of overwriting', async () => {
    const { state, writeElsewhere } = await given({ Main: text(['A']) });
    state().edit('Main', 'service.set-triggers', addTrigger('mine'));
    writeElsewhere('Main', text(['Theirs']));
    await state().save('Main');
    expect(state().prompts).toMatchObject([{ type: 'changed-on-disk', service: 'Main' }]);
  });

  it('should keep the history when the file holds the same bytes (touched, or its own save)', async () => {
    const { state, disk } = await given({ Main: text(['A']) });
    state().edit('Main', 'service.set-triggers', addTrigger('x'));
    await state().save('Main');
    disk.get('Main')!.mtimeMs += 5;
    await state().workspaceChanged(changed('Main', disk.get('Main')!.mtimeMs));
    expect(state().documents.Main?.history.past).toHaveLength(1);
    expect(state().documents.Main?.mtimeMs).toBe(disk.get('Main')!.mtimeMs);
  });
});

describe('switching away from unsaved edits', () => {
  it('should ask first, and on Save write the file before opening the other service', async () => {
    // given
    const { state, disk } = await given({ A: text(['S']), B: text(['T']) });
    expect(state().selectedService).toBe('A');
    state().edit('A', 'service.set-triggers', addTrigger('go'));
    // when
    await state().openService('B');
    // then
    expect(state().selectedService).toBe('A');
    expect(state().prompts).toMatchObject([{ type: 'unsaved', services: ['A'] }]);
    await state().answerUnsaved('save');
    expect(state().selectedService).toBe('B');
    expect(JSON.parse(disk.get('A')!.text).triggers).toEqual(['go']);
  });

  it('should drop the edits on Discard and stay on Cancel', async () => {
    const { state } = await given({ A: text(['S']), B: text(['T']) });
    state().edit('A', 'service.set-triggers', addTrigger('go'));
    await state().openService('B');
    await state().answerUnsaved('cancel');
    expect(state().selectedService).toBe('A');
    expect(isDirty(state().documents.A)).toBe(true);
    await state().openService('B');
    await state().answerUnsaved('discard');
    expect(state().selectedService).toBe('B');
    expect(isDirty(state().documents.A)).toBe(false);
  });
});

describe('text from the Source tab', () => {
  it('should become the document as one source.edit step when it parses, and be refused when it does not', async () => {
    const { state } = await given({ Main: text(['A']) });
    expect(state().applySourceText('Main', '{ "states": [')).toBeNull();
    const applied = state().applySourceText('Main', text(['A', 'B']));
    expect(state().documents.Main?.doc).toBe(applied);
    expect(state().documents.Main?.history.past.map((e) => e.command)).toEqual(['source.edit']);
    state().undo('Main');
    expect(state().documents.Main?.doc?.states).toHaveLength(1);
  });

  it('should give a file that did not parse its first document, unsaved', async () => {
    const { state } = await given({ Broken: '{ "states": [' });
    expect(state().documents.Broken?.doc).toBeNull();
    state().applySourceText('Broken', text(['Fixed']));
    expect(state().documents.Broken?.doc?.states[0]?.name).toBe('Fixed');
    expect(isDirty(state().documents.Broken)).toBe(true);
  });
});
