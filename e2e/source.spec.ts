import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/CanvasPage';
import { SourceTab } from './pages/SourceTab';

const state = (name: string, y = 0) => ({ name, displayName: name, x: 0, y, action: {}, input: [], output: [] });
const service = (states: ReturnType<typeof state>[], extra: Record<string, unknown> = {}) => `${JSON.stringify({ ...extra, states }, null, 2)}\n`;
/** The same on one line, as the tests type it. */
const typed = (states: ReturnType<typeof state>[], extra: Record<string, unknown> = {}) => JSON.stringify({ ...extra, states });

test.describe('the Source tab', () => {
  test.use({ workspaceFiles: { 'Order.flux': service([state('Take')]), 'Broken.flux': '{\n  "states": [\n    { "name": }\n' } });

  // Broken comes first in the list, so the studio opens it; most tests want Order.
  const openOrder = (page: import('@playwright/test').Page) =>
    page.getByRole('navigation', { name: 'Services' }).getByRole('treeitem', { name: 'Order' }).click();

  test('should apply a text edit that parses to the canvas as one undoable step, and save it', async ({ host }) => {
    // given
    await openOrder(host.page);
    const source = new SourceTab(host.page);
    const canvas = new CanvasPage(host.page);
    await source.open();
    await expect(source.text).toContainText('"Take"');
    // when
    await source.replaceText(typed([state('Take'), state('Ship', 200)], { triggers: ['order.placed'] }));
    await host.page.waitForTimeout(700);
    await host.page.getByRole('tab', { name: 'Canvas' }).click();
    // then
    await expect(canvas.state('Ship')).toBeVisible();
    // and when the user undoes it, one step takes the whole edit back
    await canvas.clickBlank();
    await host.page.keyboard.press('Control+z');
    await expect(canvas.state('Ship')).toHaveCount(0);
    await host.page.keyboard.press('Control+Shift+z');
    await expect(canvas.state('Ship')).toBeVisible();
    await host.page.keyboard.press('Control+s');
    await expect.poll(() => JSON.parse(readFileSync(path.join(host.workspace, 'Order.flux'), 'utf8')).triggers).toEqual(['order.placed']);
  });

  test('should show the problems of a text that does not parse and apply nothing until it does', async ({ host }) => {
    // given
    await openOrder(host.page);
    const source = new SourceTab(host.page);
    const canvas = new CanvasPage(host.page);
    await source.open();
    // when
    await source.replaceText('{ "states": [ { "name": } ] }');
    // then
    await expect(source.problems).toContainText('Not applied');
    await expect(source.problems).toContainText(/1:\d+ /);
    await host.page.getByRole('tab', { name: 'Canvas' }).click();
    await expect(canvas.state('Take')).toBeVisible();
  });

  test('should keep a text that does not parse when the user goes to the canvas and back', async ({ host }) => {
    await openOrder(host.page);
    const source = new SourceTab(host.page);
    await source.open();
    await source.replaceText('{ "states": [ { "name": "Draft", } ] }');
    await expect(source.problems).toContainText('Not applied');
    await host.page.getByRole('tab', { name: 'Canvas' }).click();
    await source.open();
    await expect(source.text).toContainText('"Draft"');
    await expect(source.problems).toContainText('Not applied');
  });

  test('should follow an edit made on the canvas side', async ({ host }) => {
    await openOrder(host.page);
    const source = new SourceTab(host.page);
    await source.open();
    await host.page.getByRole('tab', { name: 'Canvas' }).click();
    await new CanvasPage(host.page).state('Take').click();
    await host.page.getByRole('complementary', { name: 'Properties' }).getByLabel('Display Name', { exact: true }).fill('Take it');
    await host.page.keyboard.press('Tab');
    await source.open();
    await expect(source.text).toContainText('"Take it"');
  });

  test('should offer completion from the .flux schema', async ({ host }) => {
    await openOrder(host.page);
    const source = new SourceTab(host.page);
    await source.open();
    await source.editor.click();
    await host.page.keyboard.press('Control+Home');
    await host.page.keyboard.press('End');
    await host.page.keyboard.press('Enter');
    await host.page.keyboard.type('"trig');
    await host.page.keyboard.press('Control+Space');
    await expect(host.page.locator('.suggest-widget')).toContainText('triggers');
  });

  test('should open a file that does not parse as an error view, and save it once fixed in the source', async ({ host }) => {
    // given
    await host.page.getByRole('navigation', { name: 'Services' }).getByRole('treeitem', { name: 'Broken' }).click();
    const view = host.page.getByRole('alert', { name: 'Broken does not parse' });
    // then the error view shows where and the text
    await expect(view).toContainText(/3:\d+ /);
    await expect(view.getByLabel('File text')).toContainText('"name": }');
    // and Ctrl+S leaves the file alone
    await host.page.keyboard.press('Control+s');
    expect(readFileSync(path.join(host.workspace, 'Broken.flux'), 'utf8')).toBe('{\n  "states": [\n    { "name": }\n');
    // when the user fixes it in the Source tab
    const source = new SourceTab(host.page);
    await source.open();
    await source.replaceText(typed([state('Fixed')]));
    await host.page.waitForTimeout(700);
    await host.page.keyboard.press('Control+s');
    // then
    await expect.poll(() => readFileSync(path.join(host.workspace, 'Broken.flux'), 'utf8')).toContain('"Fixed"');
  });
});
