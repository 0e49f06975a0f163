import { existsSync, readFileSync, writeFileSync, utimesSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';
import { NavigatorPane } from './pages/NavigatorPane';
import { PropertiesPanel } from './pages/PropertiesPanel';

const state = (name: string, y = 0) => ({ name, displayName: name, x: 0, y, action: {}, input: [], output: [] });
const service = (names: string[], extra: Record<string, unknown> = {}) => `${JSON.stringify({ ...extra, states: names.map((n, i) => state(n, i * 160)) }, null, 2)}\n`;

test.describe('the navigator', () => {
  test.use({ workspaceFiles: { 'Main.flux': service(['A']), 'orders/Checkout.flux': service(['Take']), 'orders/eu/Refund.flux': service(['Pay']) } });

  test('should show the services as a tree by folder', async ({ host }) => {
    const navigator = new NavigatorPane(host.page);
    await expect(navigator.folder('orders')).toBeVisible();
    await expect(navigator.folder('orders.eu')).toBeVisible();
    await expect(navigator.service('orders.eu.Refund')).toHaveText('Refund');
    await navigator.toggleFolder('orders');
    await expect(navigator.service('orders.Checkout')).toHaveCount(0);
  });

  test('should create a service with a dotted name in its folder and open it', async ({ host }) => {
    // given
    const navigator = new NavigatorPane(host.page);
    // when
    await navigator.createService('billing.Invoice');
    // then
    await expect(navigator.service('billing.Invoice')).toHaveAttribute('aria-selected', 'true');
    expect(readFileSync(path.join(host.workspace, 'billing/Invoice.flux'), 'utf8')).toBe('{\n  "states": []\n}\n');
  });

  test('should rename and delete a service from its right-click menu, and create one from a blank part', async ({ host }) => {
    const navigator = new NavigatorPane(host.page);
    // when the user right-clicks a service and renames it
    await navigator.service('Main').click({ button: 'right' });
    await host.page.getByRole('menu', { name: 'Service Main' }).getByRole('menuitem', { name: 'Rename' }).click();
    await navigator.dialog('Rename').getByLabel('Name').fill('Start');
    await navigator.dialog('Rename').getByRole('button', { name: 'Rename' }).click();
    // then the file is renamed on disk
    await expect(navigator.service('Start')).toBeVisible();
    expect(existsSync(path.join(host.workspace, 'Start.flux'))).toBe(true);
    expect(existsSync(path.join(host.workspace, 'Main.flux'))).toBe(false);
    // and deleting it from the menu asks first
    await navigator.service('Start').click({ button: 'right' });
    await host.page.getByRole('menu', { name: 'Service Start' }).getByRole('menuitem', { name: 'Delete' }).click();
    await navigator.dialog('Delete').getByRole('button', { name: 'Delete' }).click();
    await expect(navigator.service('Start')).toHaveCount(0);
    expect(existsSync(path.join(host.workspace, 'Start.flux'))).toBe(false);
    // and a blank part of the navigator offers New Flux Service
    const box = (await navigator.root.boundingBox())!;
    await host.page.mouse.click(box.x + box.width / 2, box.y + box.height - 20, { button: 'right' });
    await host.page.getByRole('menu', { name: 'Workspace' }).getByRole('menuitem', { name: 'New Flux Service' }).click();
    await expect(navigator.dialog('New Flux Service')).toBeVisible();
  });

  test('should refuse a name that is taken', async ({ host }) => {
    const navigator = new NavigatorPane(host.page);
    await navigator.command('New Flux Service').click();
    await navigator.dialog('New Flux Service').getByLabel('Name').fill('Main');
    await expect(navigator.dialog('New Flux Service')).toContainText('already exists');
    await expect(navigator.dialog('New Flux Service').getByRole('button', { name: 'Create' })).toBeDisabled();
  });

  test('should rename the selected service, moving its file', async ({ host }) => {
    const navigator = new NavigatorPane(host.page);
    await navigator.service('orders.Checkout').click();
    await navigator.command('Rename').click();
    await navigator.dialog('Rename').getByLabel('Name').fill('shop.Checkout');
    await navigator.dialog('Rename').getByRole('button', { name: 'Rename' }).click();
    await expect(navigator.service('shop.Checkout')).toHaveAttribute('aria-selected', 'true');
    expect(existsSync(path.join(host.workspace, 'shop/Checkout.flux'))).toBe(true);
    expect(existsSync(path.join(host.workspace, 'orders/Checkout.flux'))).toBe(false);
  });

  test('should delete a service only once the user confirms', async ({ host }) => {
    // given
    const navigator = new NavigatorPane(host.page);
    await navigator.service('orders.eu.Refund').click();
    // when the user cancels
    await navigator.command('Delete').click();
    await navigator.dialog('Delete').getByRole('button', { name: 'Cancel' }).click();
    expect(existsSync(path.join(host.workspace, 'orders/eu/Refund.flux'))).toBe(true);
    // and when the user confirms
    await navigator.command('Delete').click();
    await expect(navigator.dialog('Delete')).toContainText('orders.eu.Refund');
    await navigator.dialog('Delete').getByRole('button', { name: 'Delete' }).click();
    // then
    await expect(navigator.service('orders.eu.Refund')).toHaveCount(0);
    expect(existsSync(path.join(host.workspace, 'orders/eu/Refund.flux'))).toBe(false);
  });

  test('should mark a service with unsaved edits and ask before switching away: Cancel, Discard, Save', async ({ host }) => {
    // given an edit of Main
    const navigator = new NavigatorPane(host.page);
    const properties = new PropertiesPanel(host.page);
    await expect(navigator.service('Main')).toHaveAttribute('aria-selected', 'true');
    await properties.editList('Triggers', 'go');
    await expect(navigator.service('Main')).toHaveAttribute('data-dirty', 'true');
    // when the user switches and cancels, then Main stays open with its edit
    await navigator.service('orders.Checkout').click();
    await navigator.answerUnsaved('Cancel');
    await expect(navigator.service('Main')).toHaveAttribute('aria-selected', 'true');
    await expect(properties.field('Triggers')).toHaveValue('go');
    // when the user switches and discards, then the edit is gone and the other service opens
    await navigator.service('orders.Checkout').click();
    await navigator.answerUnsaved('Discard');
    await expect(navigator.service('orders.Checkout')).toHaveAttribute('aria-selected', 'true');
    await expect(navigator.service('Main')).not.toHaveAttribute('data-dirty');
    // when the user edits again and saves on the way out
    await properties.editList('Triggers', 'checkout');
    await navigator.service('Main').click();
    await navigator.answerUnsaved('Save');
    await expect(navigator.service('Main')).toHaveAttribute('aria-selected', 'true');
    expect(JSON.parse(readFileSync(path.join(host.workspace, 'orders/Checkout.flux'), 'utf8')).triggers).toEqual(['checkout']);
    expect(JSON.parse(readFileSync(path.join(host.workspace, 'Main.flux'), 'utf8')).triggers).toBeUndefined();
  });

  test('should ask before closing a service with unsaved edits, and before opening another folder', async ({ host }) => {
    // given an edit of Main
    const navigator = new NavigatorPane(host.page);
    const properties = new PropertiesPanel(host.page);
    await properties.editList('Triggers', 'go');
    // when the user closes it and cancels, then it stays open
    await navigator.command('Close').click();
    await expect(navigator.dialog('Unsaved Changes')).toContainText('Main has unsaved changes');
    await navigator.answerUnsaved('Cancel');
    await expect(properties.field('Triggers')).toHaveValue('go');
    // when the user opens another folder, the studio asks too, and Cancel stays
    await navigator.command('Open Folder').click();
    await navigator.dialog('Open Folder').getByLabel('Folder').fill(test.info().outputPath());
    await navigator.dialog('Open Folder').getByRole('button', { name: 'Open' }).click();
    await navigator.answerUnsaved('Cancel');
    await expect(navigator.service('Main')).toBeVisible();
    // when the user closes it and discards, then it is closed and the file untouched
    await navigator.command('Close').click();
    await navigator.answerUnsaved('Discard');
    await expect(navigator.service('Main')).toHaveAttribute('aria-selected', 'false');
    expect(readFileSync(path.join(host.workspace, 'Main.flux'), 'utf8')).toBe(service(['A']));
  });

  test('should reload a file changed on disk when it holds no edits', async ({ host }) => {
    const canvas = new CanvasPage(host.page);
    await expect(canvas.state('A')).toBeVisible();
    writeFileSync(path.join(host.workspace, 'Main.flux'), service(['A', 'Added']));
    await expect(canvas.state('Added')).toBeVisible();
  });

  test('should let the user choose when a file with unsaved edits changes on disk', async ({ host }) => {
    // given an unsaved edit
    const navigator = new NavigatorPane(host.page);
    const properties = new PropertiesPanel(host.page);
    const canvas = new CanvasPage(host.page);
    await properties.editList('Triggers', 'mine');
    // when another program changes the file
    writeFileSync(path.join(host.workspace, 'Main.flux'), service(['A', 'Theirs']));
    const dialog = navigator.dialog('File Changed on Disk');
    await expect(dialog).toBeVisible();
    // and the user keeps theirs and saves
    await dialog.getByRole('button', { name: 'Keep Mine' }).click();
    await expect(properties.field('Triggers')).toHaveValue('mine');
    await host.page.keyboard.press('Control+s');
    await expect.poll(() => JSON.parse(readFileSync(path.join(host.workspace, 'Main.flux'), 'utf8')).triggers).toEqual(['mine']);
    // when it changes again and the user reloads
    await properties.editList('Triggers', 'mine again');
    const later = new Date(Date.now() + 10_000);
    writeFileSync(path.join(host.workspace, 'Main.flux'), service(['A', 'Theirs']));
    utimesSync(path.join(host.workspace, 'Main.flux'), later, later);
    await dialog.getByRole('button', { name: 'Reload' }).click();
    await expect(canvas.state('Theirs')).toBeVisible();
    await expect(properties.field('Triggers')).toHaveValue('');
  });

  test('should list a service another program adds, and open another folder by its path', async ({ host }) => {
    // given
    const navigator = new NavigatorPane(host.page);
    mkdirSync(path.join(host.workspace, 'more'));
    writeFileSync(path.join(host.workspace, 'more/Extra.flux'), service(['X']));
    await expect(navigator.service('more.Extra')).toBeVisible();
    // (in the test's output folder: the backend keeps writing its run store there until the host closes)
    const other = test.info().outputPath('other-workspace');
    mkdirSync(other, { recursive: true });
    writeFileSync(path.join(other, 'Elsewhere.flux'), service(['E']));
    // when
    await navigator.command('Open Folder').click();
    await navigator.dialog('Open Folder').getByLabel('Folder').fill(other);
    await navigator.dialog('Open Folder').getByRole('button', { name: 'Open' }).click();
    // then
    await expect(navigator.service('Elsewhere')).toHaveAttribute('aria-selected', 'true');
    await expect(navigator.service('Main')).toHaveCount(0);
    await expect(navigator.root).toContainText('other-workspace');
  });
});
