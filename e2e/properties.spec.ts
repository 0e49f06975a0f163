import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';
import { PropertiesPanel } from './pages/PropertiesPanel';

const state = (name: string, extra: Record<string, unknown> = {}) => ({ name, displayName: name, x: 0, y: 0, action: {}, input: [], output: [], ...extra });

const ORDER = `${JSON.stringify(
  {
    comment: '# Orders\n\nTakes **one** order.',
    startState: 'Take',
    states: [
      state('Take', { transitions: [{ to: 'Ship', event: 'paid' }] }),
      state('Ship', { y: 200, input: [{ name: 'parcel' }] }),
    ],
  },
  null,
  2,
)}\n`;

const onDisk = (workspace: string, file: string) => JSON.parse(readFileSync(path.join(workspace, file), 'utf8')) as Record<string, unknown> & { states: Record<string, unknown>[] };

test.describe('Flux Properties of a service', () => {
  test.use({ workspaceFiles: { 'Order.flux': ORDER } });

  test('should add a trigger in the Triggers dialog and save it to the file', async ({ studio, host }) => {
    // given the service on the canvas
    const canvas = new CanvasPage(host.page);
    const properties = new PropertiesPanel(host.page);
    await expect(canvas.state('Take')).toBeVisible();
    // when the user clicks a blank part of the canvas and adds the trigger
    await canvas.clickBlank();
    await expect(properties.title).toHaveText('Flux Properties');
    await properties.root.getByRole('button', { name: 'Edit Triggers' }).click();
    const dialog = properties.dialog('Triggers');
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Triggers').fill('invoked');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await host.page.keyboard.press('Control+s');
    // then the file on disk has it
    await expect.poll(() => onDisk(host.workspace, 'Order.flux').triggers).toEqual(['invoked']);
    await expect(properties.field('Triggers')).toHaveValue('invoked');
    void studio;
  });

  test('should drop blank lines and repeats and trim spaces of tags, opened by a double-click, and undo it in one step', async ({ host }) => {
    // given
    const properties = new PropertiesPanel(host.page);
    await expect(properties.title).toHaveText('Flux Properties');
    // when
    await properties.field('Tags').dblclick();
    const dialog = properties.dialog('Tags');
    await dialog.getByLabel('Tags').fill('  eu \n\n eu\nvip  \n');
    await dialog.getByRole('button', { name: 'OK' }).click();
    // then
    await expect(properties.field('Tags')).toHaveValue('eu, vip');
    // and when the user undoes it
    await host.page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await host.page.keyboard.press('Control+z');
    await expect(properties.field('Tags')).toHaveValue('');
  });

  test('should refuse a tag whose ${} expression does not parse, saying which line and where', async ({ host }) => {
    // given the Tags dialog
    const properties = new PropertiesPanel(host.page);
    await properties.root.getByRole('button', { name: 'Edit Tags' }).click();
    const dialog = properties.dialog('Tags');
    // when a tag's expression is left open
    await dialog.getByLabel('Tags').fill('eu\norder-${orderId');
    // then OK waits and the dialog says what is wrong
    await expect(dialog.getByRole('status')).toContainText('Line 2: 1:');
    await expect(dialog.getByRole('button', { name: 'OK' })).toBeDisabled();
    // and once it is closed, the tags are taken
    await dialog.getByLabel('Tags').fill('eu\norder-${orderId}');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(properties.field('Tags')).toHaveValue('eu, order-${orderId}');
  });

  test('should leave the triggers as they were when the dialog is cancelled', async ({ host }) => {
    const properties = new PropertiesPanel(host.page);
    await properties.root.getByRole('button', { name: 'Edit Triggers' }).click();
    await properties.dialog('Triggers').getByLabel('Triggers').fill('nope');
    await properties.dialog('Triggers').getByRole('button', { name: 'Cancel' }).click();
    await expect(properties.dialog('Triggers')).toHaveCount(0);
    await expect(properties.field('Triggers')).toHaveValue('');
  });

  test('should show the comment as sanitized markdown and edit it', async ({ host }) => {
    // given
    const properties = new PropertiesPanel(host.page);
    const preview = properties.root.getByRole('document', { name: 'Comment preview' });
    // then the markdown reads as formatted text
    await expect(preview.locator('h1')).toHaveText('Orders');
    await expect(preview.locator('strong')).toHaveText('one');
    // when the user writes a comment with a script in it
    await properties.root.getByRole('button', { name: 'Edit' }).first().click();
    await properties.setField('Comment', '## New\n<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>');
    await properties.root.getByRole('button', { name: 'Preview' }).first().click();
    // then it shows without running anything
    await expect(preview.locator('h2')).toHaveText('New');
    await expect(preview.locator('img')).not.toHaveAttribute('onerror');
    expect(await host.page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    await host.page.keyboard.press('Control+s');
    await expect.poll(() => onDisk(host.workspace, 'Order.flux').comment).toContain('## New');
  });

  test('should set the start state and declare a required integer input with a default and choices', async ({ host }) => {
    // given
    const properties = new PropertiesPanel(host.page);
    // when
    await properties.field('Start State').selectOption('Ship');
    await properties.root.getByRole('button', { name: 'Add Input' }).click();
    await properties.setField('Input 1 name', 'quantity');
    await properties.field('Input 1 type').selectOption('integer');
    await properties.field('Input 1 required').check();
    await properties.setField('Input 1 default', '3');
    await properties.setField('Input 1 choices', '1, 3, 5');
    await host.page.keyboard.press('Control+s');
    // then
    await expect.poll(() => onDisk(host.workspace, 'Order.flux').input).toEqual([
      { name: 'quantity', type: 'integer', allowNull: false, defaultValue: 3, choices: [1, 3, 5] },
    ]);
    expect(onDisk(host.workspace, 'Order.flux').startState).toBe('Ship');
  });
});

test.describe('properties of a state', () => {
  test.use({ workspaceFiles: { 'Order.flux': ORDER } });

  test('should rename a state, mark it waiting and make it log a message, all saved', async ({ host }) => {
    // given
    const canvas = new CanvasPage(host.page);
    const properties = new PropertiesPanel(host.page);
    await canvas.state('Take').click();
    await expect(properties.title).toHaveText('State Take');
    // when
    await properties.setField('Display Name', 'Take the order');
    await properties.field('Waiting').check();
    await properties.field('Action type').selectOption('Log');
    await properties.field('Log level').selectOption('warn');
    await properties.setField('Message', '"Order for ${name}"');
    await properties.setField('Name', 'Take_Order');
    await host.page.keyboard.press('Control+s');
    // then
    await expect
      .poll(() => onDisk(host.workspace, 'Order.flux').states[0])
      .toMatchObject({
        name: 'Take_Order',
        displayName: 'Take the order',
        waiting: true,
        action: {
          type: 'invokeCode',
          className: 'io.toro.martini.LoggerMethods',
          methodName: 'warn',
          parameters: ['String'],
          inputs: [{ type: 'set', expression: '"Order for ${name}"', evaluate: true, to: ['message'] }],
        },
      });
    expect(onDisk(host.workspace, 'Order.flux').startState).toBe('Take_Order');
    await expect(canvas.state('Take the order')).toBeVisible();
  });

  test('should show an expression error by the field as the user types', async ({ host }) => {
    // given a map step
    const canvas = new CanvasPage(host.page);
    const properties = new PropertiesPanel(host.page);
    await canvas.state('Ship').click();
    await properties.field('Action type').selectOption('Map');
    await properties.root.getByRole('button', { name: 'Add to Lines' }).click();
    // when
    await properties.field('Lines 1 target').fill('total');
    await properties.field('Lines 1 expression').fill('parcel.weight *');
    // then
    await expect(properties.root.getByRole('status')).toContainText('1:');
    await properties.field('Lines 1 expression').fill('parcel.weight * 2');
    await expect(properties.root.getByRole('status')).toHaveCount(0);
  });

  test('should invoke a service picked from the workspace and throw an exception with a message', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    const properties = new PropertiesPanel(host.page);
    await canvas.state('Take').click();
    await properties.field('Action type').selectOption('Invoke Service');
    await expect(properties.field('Service')).toHaveValue('Order');
    await canvas.state('Ship').click();
    await properties.field('Action type').selectOption('Throw Exception');
    await properties.setField('Message', '"No parcel"');
    await host.page.keyboard.press('Control+s');
    await expect.poll(() => onDisk(host.workspace, 'Order.flux').states.map((s) => s.action)).toEqual([
      { type: 'invokeGloop', name: 'Order', inputs: [], outputs: [] },
      {
        type: 'invokeCode',
        className: 'io.toro.martini.GloopMethods',
        methodName: 'throwException',
        parameters: ['String'],
        inputs: [{ type: 'set', expression: '"No parcel"', evaluate: true, to: ['message'] }],
      },
    ]);
  });

  test('should edit a script in Monaco with the state inputs offered in completion', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    const properties = new PropertiesPanel(host.page);
    await canvas.state('Ship').click();
    await properties.field('Action type').selectOption('Script');
    const editor = properties.root.locator('.script-editor.nokey .monaco-editor');
    await expect(editor).toBeVisible();
    await editor.click();
    await host.page.keyboard.press('Control+a');
    await host.page.keyboard.type('return { label: parc');
    await host.page.keyboard.press('Control+Space');
    await expect(host.page.locator('.suggest-widget')).toContainText('parcel');
    await host.page.keyboard.press('Escape');
    await host.page.keyboard.type('el };');
    await host.page.keyboard.press('Control+s');
    await expect.poll(() => (onDisk(host.workspace, 'Order.flux').states[1]?.action as { code?: string }).code).toContain('return { label: parcel');
  });
});

test.describe('properties of a transition', () => {
  test.use({ workspaceFiles: { 'Order.flux': ORDER } });

  test('should change the event with suggestions, wait some seconds and carry a line to the target', async ({ host }) => {
    // given
    const canvas = new CanvasPage(host.page);
    const properties = new PropertiesPanel(host.page);
    await canvas.transitionLabel('paid').click({ force: true });
    await expect(properties.title).toHaveText('Transition');
    // then the event field suggests the reserved events
    await expect(properties.root.locator('datalist option[value="$exception"]')).toHaveCount(1);
    // when
    await properties.setField('Event', 'settled');
    await properties.field('Wait').selectOption('Seconds');
    await properties.setField('Seconds', '20');
    await properties.root.getByRole('button', { name: 'Add to Lines' }).click();
    await properties.setField('Lines 1 target', 'parcel');
    await properties.field('Lines 1 kind').selectOption('copy');
    await properties.setField('Lines 1 source', 'order.parcel');
    await host.page.keyboard.press('Control+s');
    // then
    await expect.poll(() => (onDisk(host.workspace, 'Order.flux').states[0]?.transitions as unknown[])?.[0]).toEqual({
      event: 'settled',
      wait: 'duration:20',
      lines: [{ from: ['order', 'parcel'], to: ['parcel'] }],
      to: 'Ship',
    });
  });
});
