import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';
import { EventsPage } from './pages/EventsPage';

const state = (name: string, extra: Record<string, unknown> = {}) => ({ name, displayName: name, x: 0, y: 0, action: {}, input: [], output: [], ...extra });
const log = (message: string) => ({
  type: 'invokeCode',
  className: 'io.toro.martini.LoggerMethods',
  methodName: 'info',
  parameters: ['String'],
  inputs: [{ type: 'set', expression: message, evaluate: true, to: ['message'] }],
});

const approval = JSON.stringify({
  triggers: ['approval.requested'],
  tags: ['${request}'],
  input: [{ name: 'request', allowNull: false }],
  states: [
    state('Ask', { action: log('"Asking about ${request}"'), transitions: [{ to: 'Await' }] }),
    state('Await', { y: 120, waiting: true, input: [{ name: 'approver', allowNull: false }], transitions: [{ to: 'Approved', event: 'approved', lines: [{ from: ['approver'], to: ['approver'] }] }] }),
    state('Approved', { y: 240, input: [{ name: 'approver' }], action: log('"Approved by ${approver}"') }),
  ],
});

test.describe('sending events', () => {
  test.use({ workspaceFiles: { 'Approval.flux': approval } });

  test('should start a service from the Flux menu and show its run in the Console and the Runs tab', async ({ studio }) => {
    const page = studio.page;
    const events = new EventsPage(page);
    // given the service is open
    await expect(studio.state('Ask')).toBeVisible();
    // when the user sends its trigger from Flux > Send Flux Event, with its input in the form
    await events.openFromMenu();
    await events.sendDialog.getByLabel('Event', { exact: true }).fill('approval.requested');
    await events.sendDialog.getByRole('textbox', { name: 'request' }).fill('R7');
    await expect(events.preview).toContainText('Starts Approval');
    await events.sendDialog.getByRole('button', { name: 'Send', exact: true }).click();
    // then the dialog closes, the Console shows the log line, and the run waits
    await expect(events.sendDialog).toBeHidden();
    await expect(studio.console).toContainText('Asking about R7');
    await studio.tab('Runs').click();
    await expect(events.run('Approval')).toContainText('waiting');
    await expect(events.run('Approval')).toContainText('Await');
  });

  test('should show refusals before sending: a missing input, a tag no run has, a near miss', async ({ studio }) => {
    const page = studio.page;
    const events = new EventsPage(page);
    await expect(studio.state('Ask')).toBeVisible();
    await page.keyboard.press('ControlOrMeta+Shift+E');
    const event = events.sendDialog.getByLabel('Event', { exact: true });
    await event.fill('approval.requested');
    await expect(events.preview).toContainText('Approval will not start: request is required');
    await event.fill('approval.request');
    await expect(events.preview).toContainText('No service or waiting run takes this event; did you mean approval.requested?');
    // and Esc cancels without sending
    await page.keyboard.press('Escape');
    await expect(events.sendDialog).toBeHidden();
    await studio.tab('Runs').click();
    await expect(page.getByText('No runs yet')).toBeVisible();
  });

  test('should resume a waiting run with the event it waits for, and terminate another', async ({ studio }) => {
    const page = studio.page;
    const events = new EventsPage(page);
    await expect(studio.state('Ask')).toBeVisible();
    await events.send('approval.requested', { inputs: '{"request": "R1"}' });
    await events.send('approval.requested', { inputs: '{"request": "R2"}' });
    await studio.tab('Runs').click();
    await expect(events.runs.getByRole('row').filter({ hasText: 'waiting' })).toHaveCount(2);

    // and the run of R1, selected, is highlighted in its waiting state
    await events.runs.getByRole('row').filter({ hasText: 'R1' }).click();
    await expect(page.getByRole('status', { name: 'Selected run' })).toContainText('waiting in Await');
    await expect(page.locator('.react-flow__node[data-id="Await"] .state-node')).toHaveCSS('box-shadow', /255, 196, 64/);

    // when the approval for R1 is sent with its tag
    await page.keyboard.press('ControlOrMeta+Shift+E');
    await events.sendDialog.getByLabel('Event', { exact: true }).fill('approved');
    await events.sendDialog.getByLabel('Tags').fill('R1');
    await expect(events.preview).toContainText('keeps waiting in Await: approver is required');
    await events.typeInputs(events.sendDialog, '{"approver": "Kim"}');
    await expect(events.preview).toContainText('Resumes 1 waiting run');
    await events.sendDialog.getByRole('button', { name: 'Send', exact: true }).click();

    // then R1's run completes and R2's still waits
    await studio.tab('Console').click();
    await expect(studio.console).toContainText('Approved by Kim');
    // the highlight moves along with the run
    await expect(page.getByRole('status', { name: 'Selected run' })).toContainText('completed in Approved');
    await expect(page.locator('.react-flow__node[data-id="Approved"] .state-node')).toHaveCSS('box-shadow', /255, 196, 64/);
    await expect(page.locator('.react-flow__node[data-id="Await"] .state-node')).not.toHaveCSS('box-shadow', /255, 196, 64/);
    await studio.tab('Runs').click();
    await expect(events.runs.getByRole('row').filter({ hasText: 'completed' })).toHaveCount(1);
    const waiting = events.runs.getByRole('row').filter({ hasText: 'waiting' });
    await expect(waiting).toHaveCount(1);

    // and Terminate stops the other
    await waiting.click();
    await expect(page.getByLabel('Run context')).toContainText('"request": "R2"');
    await page.getByRole('button', { name: 'Terminate' }).click();
    await expect(events.runs.getByRole('row').filter({ hasText: 'terminated' })).toHaveCount(1);
  });

  test('should send a recent event again with one click', async ({ studio }) => {
    const page = studio.page;
    const events = new EventsPage(page);
    await expect(studio.state('Ask')).toBeVisible();
    await events.send('approval.requested', { inputs: '{"request": "R9"}' });
    await expect(studio.console).toContainText('Asking about R9');
    await page.keyboard.press('ControlOrMeta+Shift+E');
    await events.sendDialog.getByRole('region', { name: 'Recent events' }).getByRole('button', { name: /approval.requested/ }).click();
    await expect(events.sendDialog).toBeHidden();
    await studio.tab('Runs').click();
    await expect(events.runs.getByRole('row').filter({ hasText: 'R9' })).toHaveCount(2);
  });

  test('should save an event under a name beside its service and send it again later', async ({ studio, host }) => {
    const page = studio.page;
    const events = new EventsPage(page);
    await expect(studio.state('Ask')).toBeVisible();
    // given an event typed in the dialog, saved as "R5 request"
    await page.keyboard.press('ControlOrMeta+Shift+E');
    await events.sendDialog.getByLabel('Event', { exact: true }).fill('approval.requested');
    await events.sendDialog.getByRole('textbox', { name: 'request' }).fill('R5');
    await events.sendDialog.getByLabel('Save as').fill('R5 request');
    await events.sendDialog.getByRole('button', { name: 'Save Event' }).click();
    await expect(events.sendDialog.getByRole('region', { name: 'Saved events' }).getByRole('button', { name: 'R5 request' })).toBeVisible();
    await page.keyboard.press('Escape');
    const saved = JSON.parse(readFileSync(path.join(host.workspace, 'Approval.events.json'), 'utf8')) as { events: unknown[] };
    expect(saved.events).toEqual([{ name: 'R5 request', event: 'approval.requested', inputs: { request: 'R5' } }]);
    // when it is sent again from a new dialog
    await page.keyboard.press('ControlOrMeta+Shift+E');
    await events.sendDialog.getByLabel('Event', { exact: true }).fill('');
    await events.sendDialog.getByRole('region', { name: 'Saved events' }).getByRole('button', { name: 'R5 request' }).click();
    // then the run starts
    await expect(studio.console).toContainText('Asking about R5');
  });

  test('should run the service from the canvas menu at a chosen start state, and say why when inputs fail', async ({ studio }) => {
    const page = studio.page;
    const events = new EventsPage(page);
    const canvas = new CanvasPage(page);
    await expect(studio.state('Ask')).toBeVisible();
    // given the Run dialog opened from the canvas's menu
    await canvas.choosePaneMenu('Run', { x: 40, y: 40 });
    await events.runDialog.getByLabel('Start State').selectOption('Await');
    // when it is run without the required input, it says why and stays open
    await events.runDialog.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(events.runDialog.getByRole('alert')).toContainText('request is required');
    // and with it, the run starts in Await and waits there
    await events.runDialog.getByRole('textbox', { name: 'request' }).fill('R3');
    await events.runDialog.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(events.runDialog).toBeHidden();
    await studio.tab('Runs').click();
    await expect(events.run('Approval')).toContainText('waiting');
    await expect(events.run('Approval')).toContainText('Await');
    await expect(events.run('Approval')).toContainText('R3');
  });
});
