import { describe, expect, it } from 'vitest';
import type { RunDetail } from '../../../shared/api';
import type { FluxDocument } from '../../../shared/model';
import { runPath, runPathCss } from './run-path';

const doc: FluxDocument = {
  states: [
    { name: 'Ask', x: 0, y: 0, action: {}, input: [], output: [], transitions: [{ to: 'Wait' }] },
    { name: 'Wait', x: 0, y: 0, waiting: true, action: {}, input: [], output: [], transitions: [{ to: 'Done', event: 'no' }, { to: 'Done', event: 'yes' }] },
    { name: 'Done', x: 0, y: 0, action: {}, input: [], output: [] },
  ],
};

const run = (history: RunDetail['history'], state: string): RunDetail => ({
  id: '1',
  service: 'S',
  status: 'COMPLETED',
  state,
  tags: [],
  startedAt: 0,
  updatedAt: 0,
  inputs: {},
  outputs: {},
  context: { states: {}, fluxEvent: null, timers: [] },
  history,
});

describe('a run on the canvas', () => {
  it('should mark the states visited and the transitions taken, telling parallel ones apart by event', () => {
    const path = runPath(
      run(
        [
          { type: 'state', time: 0, state: 'Ask' },
          { type: 'transition', time: 0, from: 'Ask', to: 'Wait', reason: 'only transition' },
          { type: 'state', time: 0, state: 'Wait' },
          { type: 'transition', time: 1, from: 'Wait', to: 'Done', event: 'yes', reason: 'event' },
          { type: 'state', time: 1, state: 'Done' },
        ],
        'Done',
      ),
      doc,
    );
    expect(path).toEqual({ current: 'Done', visited: ['Ask', 'Wait', 'Done'], transitions: ['Ask#0', 'Wait#1'] });
    const css = runPathCss(path, (id) => id.replace('#', '\\#'));
    expect(css).toContain('.react-flow__edge[data-id="Wait\\#1"] path');
    expect(css).toContain('.react-flow__node[data-id="Done"] .state-node { box-shadow');
  });

  it('should leave out what the document no longer has', () => {
    const path = runPath(run([{ type: 'state', time: 0, state: 'Gone' }, { type: 'transition', time: 0, from: 'Gone', to: 'Ask', reason: '' }], 'Ask'), doc);
    expect(path).toEqual({ current: 'Ask', visited: [], transitions: [] });
  });
});
