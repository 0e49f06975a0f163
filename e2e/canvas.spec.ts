import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';

type Spec = { name: string; x: number; y: number; to?: (string | { to: string; event?: string })[]; extra?: Record<string, unknown> };

/** A .flux file with the given states; `to` lists transition targets, with or without an event. */
function flux(states: Spec[], root: Record<string, unknown> = {}): string {
  return JSON.stringify({
    ...root,
    states: states.map(({ name, x, y, to = [], extra = {} }) => ({
      name,
      x,
      y,
      action: {},
      input: [],
      output: [],
      ...(to.length ? { transitions: to.map((t) => (typeof t === 'string' ? { to: t } : t)) } : {}),
      ...extra,
    })),
  });
}

const readService = (workspace: string, file: string) => JSON.parse(readFileSync(path.join(workspace, file), 'utf8'));

const twoStates = flux([
  { name: 'A', x: 0, y: 0 },
  { name: 'B', x: 0, y: 220 },
]);

test.describe('an empty service', () => {
  test.use({ workspaceFiles: { 'Empty.flux': flux([]) } });

  test('should add a state where the menu was opened, as the start state, from the canvas menu', async ({ host }) => {
    // Given an empty service on the canvas
    const canvas = new CanvasPage(host.page);
    await expect(host.page.getByRole('button', { name: 'Add New State' })).toBeVisible();
    // When the user picks Add State from the blank canvas's menu and names it
    await canvas.openPaneMenu({ x: 200, y: 150 });
    await expect(canvas.menu.getByRole('menuitem')).toHaveText(['Add State', 'Send Flux Event', 'Run', 'Paste', 'Auto Layout', 'Fit View']);
    await host.page.screenshot({ path: '/tmp/canvas-menu.png' });
    await canvas.menuItem('Add State').click();
    await expect(canvas.dialog('Add State')).toBeVisible();
    await host.page.screenshot({ path: '/tmp/canvas-dialog.png' });
    await canvas.fillDialog('Add State', 'Name', 'Take order', 'Save State');
    // Then it stands where the menu was, as the start state, and the button is gone
    const pane = (await canvas.pane.boundingBox())!;
    const where = await canvas.position('Take order');
    expect(Math.abs(where.x - (pane.x + 200))).toBeLessThan(3);
    expect(Math.abs(where.y - (pane.y + 150))).toBeLessThan(3);
    await expect(canvas.state('Take order')).toHaveClass(/is-start/);
    await expect(host.page.getByRole('button', { name: 'Add New State' })).toBeHidden();
  });

  test('should add a first state from the Add New State button and save it with Ctrl+S', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    // When the user adds a state from the button in the middle and saves
    await host.page.getByRole('button', { name: 'Add New State' }).click();
    await canvas.fillDialog('Add State', 'Name', 'Await approval', 'Save State');
    await expect(canvas.state('Await approval')).toBeVisible();
    await canvas.press('Control+S');
    // Then the file on disk holds it, with an identifier derived from the name, as start state
    await expect.poll(() => readService(host.workspace, 'Empty.flux').states.length).toBe(1);
    const saved = readService(host.workspace, 'Empty.flux');
    expect(saved.startState).toBe('Await_approval');
    expect(saved.states[0]).toMatchObject({ name: 'Await_approval', displayName: 'Await approval' });
  });

  test('should undo and redo adding a state', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    await canvas.addState('First');
    await canvas.press('Control+Z');
    await expect(canvas.state('First')).toBeHidden();
    await canvas.press('Control+Shift+Z');
    await expect(canvas.state('First')).toBeVisible();
  });
});

test.describe('transitions', () => {
  test.use({ workspaceFiles: { 'Flow.flux': twoStates } });

  test('should connect two states with the event given in New Transition', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    // When the user drags from A's handle to B and names the event
    await canvas.connect('A', 'B', 'approved');
    // Then one transition shows its event
    await expect(canvas.edges).toHaveCount(1);
    await expect(canvas.edgeLabel('approved')).toBeVisible();
  });

  test('should make nothing when New Transition is cancelled with Esc', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    await canvas.dragConnection('A', 'B');
    await expect(canvas.dialog('New Transition')).toBeVisible();
    await canvas.press('Escape');
    await expect(canvas.dialog('New Transition')).toBeHidden();
    await expect(canvas.edges).toHaveCount(0);
  });

  test('should draw a transition from a state to itself as a loop', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    await canvas.connect('A', 'A', 'retry');
    await expect(canvas.edges).toHaveCount(1);
    await expect(canvas.edgeLabel('retry')).toBeVisible();
    // The loop stands to the right of its state
    const state = (await canvas.state('A').boundingBox())!;
    const label = (await canvas.edgeLabel('retry').boundingBox())!;
    expect(label.x).toBeGreaterThan(state.x + state.width);
    await host.page.screenshot({ path: '/tmp/canvas-self-loop.png' });
  });
});

test.describe('editing states', () => {
  test.use({
    workspaceFiles: {
      'Edit.flux': flux([
        { name: 'A', x: 0, y: 0, to: [{ to: 'B', event: 'go' }, { to: 'B', event: 'again' }] },
        { name: 'B', x: 0, y: 220, to: [{ to: 'A', event: 'back' }, { to: 'B', event: 'self' }] },
        { name: 'C', x: 300, y: 110, to: ['B'] },
      ]),
    },
  });

  test('should keep parallel transitions apart and their labels readable', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    await expect(canvas.edges).toHaveCount(5);
    const boxes = await Promise.all(['go', 'again', 'back'].map(async (t) => (await canvas.edgeLabel(t).boundingBox())!));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
      }
    }
    await host.page.screenshot({ path: '/tmp/canvas-parallel.png' });
  });

  test('should rename a state and have its transitions and the start state follow', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    await canvas.chooseStateMenu('A', 'Rename');
    await canvas.fillDialog('Rename State', 'Name', 'Begin', 'OK');
    await expect(canvas.state('Begin')).toBeVisible();
    await expect(canvas.edges).toHaveCount(5);
    await canvas.press('Control+S');
    await expect.poll(() => readService(host.workspace, 'Edit.flux').states[0].name).toBe('Begin');
    const saved = readService(host.workspace, 'Edit.flux');
    expect(saved.states[1].transitions[0]).toEqual({ to: 'Begin', event: 'back' });
    expect(saved.startState ?? saved.states[0].name).toBe('Begin');
  });

  test('should delete the selected state and its transitions with the Delete key, undoably', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    await canvas.state('C').click();
    await canvas.press('Delete');
    await expect(canvas.state('C')).toBeHidden();
    await expect(canvas.edges).toHaveCount(4);
    await canvas.chooseStateMenu('B', 'Delete');
    await expect(canvas.state('B')).toBeHidden();
    await expect(canvas.edges).toHaveCount(0);
    await canvas.press('Control+Z');
    await canvas.press('Control+Z');
    await expect(canvas.state('C')).toBeVisible();
    await expect(canvas.edges).toHaveCount(5);
  });

  test('should make the chosen state the start state', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    await expect(canvas.state('A')).toHaveClass(/is-start/);
    await canvas.chooseStateMenu('B', 'Set Start State');
    await expect(canvas.state('B')).toHaveClass(/is-start/);
    await expect(canvas.state('A')).not.toHaveClass(/is-start/);
  });

  test('should show a hand on a state toggled to waiting, and take it away again', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    const hand = canvas.state('B').getByRole('img', { name: 'waiting' });
    await expect(canvas.state('B')).toBeVisible();
    await expect(hand).toBeHidden();
    await canvas.chooseStateMenu('B', 'Toggle Waiting');
    await expect(hand).toBeVisible();
    await canvas.chooseStateMenu('B', 'Toggle Waiting');
    await expect(hand).toBeHidden();
  });

  test('should paste copied states with the transitions among them and new names', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    // Given A and B selected (shift-click) and copied
    await canvas.state('A').click();
    await canvas.state('B').click({ modifiers: ['Shift'] });
    await canvas.press('Control+C');
    // When pasted
    await canvas.press('Control+V');
    // Then two more states, the transitions among them (go, again, back, self), none to C
    await expect(canvas.states).toHaveCount(5);
    await expect(canvas.state('A_2')).toBeVisible();
    await expect(canvas.edges).toHaveCount(9);
    await canvas.press('Control+S');
    await expect.poll(() => readService(host.workspace, 'Edit.flux').states.length).toBe(5);
    const saved = readService(host.workspace, 'Edit.flux');
    expect(saved.states.map((s: { name: string }) => s.name)).toEqual(['A', 'B', 'C', 'A_2', 'B_2']);
    expect(saved.states[3].transitions).toEqual([{ to: 'B_2', event: 'go' }, { to: 'B_2', event: 'again' }]);
    // And one undo takes the paste back
    await canvas.press('Control+Z');
    await expect(canvas.states).toHaveCount(3);
  });

  test('should paste from the menu where the menu was opened', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    await canvas.chooseStateMenu('C', 'Copy');
    await canvas.choosePaneMenu('Paste', { x: 60, y: 400 });
    await expect(canvas.states).toHaveCount(4);
    const pane = (await canvas.pane.boundingBox())!;
    const pasted = (await canvas.states.nth(3).boundingBox())!;
    expect(Math.abs(pasted.x - (pane.x + 60))).toBeLessThan(3);
  });

  test('should select everything with Ctrl+A, and box-select with a shift-drag', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    await canvas.pane.click({ position: { x: 5, y: 5 } });
    await canvas.press('Control+A');
    await expect(host.page.locator('.react-flow__node.selected')).toHaveCount(3);
    await canvas.pane.click({ position: { x: 5, y: 5 } });
    await expect(host.page.locator('.react-flow__node.selected')).toHaveCount(0);
    // A shift-drag box around A and B only
    const a = (await canvas.state('A').boundingBox())!;
    const b = (await canvas.state('B').boundingBox())!;
    await host.page.keyboard.down('Shift');
    await host.page.mouse.move(a.x - 20, a.y - 20);
    await host.page.mouse.down();
    await host.page.mouse.move(b.x + b.width + 10, b.y + b.height + 10, { steps: 10 });
    await host.page.mouse.up();
    await host.page.keyboard.up('Shift');
    await expect(host.page.locator('.react-flow__node.selected')).toHaveCount(2);
    await canvas.press('Delete');
    await expect(canvas.states).toHaveCount(1);
  });
});

test.describe('moving and arranging', () => {
  test.use({
    workspaceFiles: {
      'Pile.flux': flux([
        { name: 'One', x: 40, y: 40, to: ['Two'] },
        { name: 'Two', x: 40, y: 40, to: ['Three'] },
        { name: 'Three', x: 40, y: 40 },
      ]),
    },
  });

  test('should undo a drag as one step and redo it', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    const before = await canvas.position('Three');
    await canvas.dragState('Three', { x: 200, y: 120 });
    const after = await canvas.position('Three');
    expect(after.x - before.x).toBeGreaterThan(150);
    await canvas.press('Control+Z');
    await expect.poll(() => canvas.position('Three')).toEqual(before);
    await canvas.press('Control+Shift+Z');
    await expect.poll(() => canvas.position('Three')).toEqual(after);
  });

  test('should never move a state when the file is opened and saved', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    await expect(canvas.state('One')).toBeVisible();
    await canvas.press('Control+S');
    await expect.poll(() => readService(host.workspace, 'Pile.flux').states.map((s: { x: number; y: number }) => [s.x, s.y])).toEqual([
      [40, 40],
      [40, 40],
      [40, 40],
    ]);
  });

  test('should arrange piled states with Auto Layout, and undo it in one step', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    await canvas.choosePaneMenu('Auto Layout', { x: 600, y: 400 });
    await expect.poll(async () => (await canvas.position('Three')).y - (await canvas.position('One')).y).toBeGreaterThan(100);
    const one = await canvas.position('One');
    const two = await canvas.position('Two');
    expect(two.y).toBeGreaterThan(one.y);
    await host.page.screenshot({ path: '/tmp/canvas-layout.png' });
    await canvas.press('Control+Z');
    await expect.poll(async () => (await canvas.position('Three')).y - (await canvas.position('One')).y).toBe(0);
  });
});

test.describe('problem markers', () => {
  test.use({ workspaceFiles: { 'Broken.flux': flux([{ name: 'A', x: 0, y: 0, to: ['Nowhere'] }]) } });

  test('should list a transition to a missing state in the marker tooltip, and drop it once the state exists', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    // Given a transition to a state that does not exist
    const marker = canvas.state('A').getByRole('img', { name: /problem/ });
    await expect(marker).toBeVisible();
    // When the user points at the marker, its tooltip names the problem
    await marker.hover();
    await expect(host.page.getByRole('tooltip')).toBeVisible();
    await expect(host.page.getByRole('tooltip')).toContainText('Nowhere');
    await host.page.screenshot({ path: '/tmp/canvas-problem.png' });
    // When the user adds the missing state, the marker goes
    await canvas.addState('Nowhere', { x: 300, y: 300 });
    await expect(marker).toBeHidden();
    await expect(canvas.edges).toHaveCount(1);
  });
});
