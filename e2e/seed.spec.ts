import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { root } from './hosts';
import { CanvasPage } from './pages/CanvasPage';
import { EventsPage } from './pages/EventsPage';
import { PropertiesPanel } from './pages/PropertiesPanel';

// The journey Flux Studio is built for: give a service a trigger, send it the event, read the Console.
const greeter = `${JSON.stringify(
  {
    states: [
      {
        name: 'Greet',
        displayName: 'Greet',
        x: 120,
        y: 80,
        action: {
          type: 'invokeCode',
          className: 'io.toro.martini.LoggerMethods',
          methodName: 'info',
          parameters: ['String'],
          inputs: [{ type: 'set', expression: '"Hello from Greeter"', evaluate: true, to: ['message'] }],
        },
        input: [],
        output: [],
      },
    ],
  },
  null,
  2,
)}\n`;

test.use({ workspaceFiles: { 'Greeter.flux': greeter } });

test('should run a service from the trigger the user adds, and log which trigger started it', async ({ studio, host }) => {
  const page = studio.page;
  const canvas = new CanvasPage(page);
  const properties = new PropertiesPanel(page);
  const events = new EventsPage(page);

  // given the service open, the user clicks a blank part of the canvas and adds the trigger `invoked`
  await studio.openService('Greeter');
  await expect(studio.state('Greet')).toBeVisible();
  await canvas.clickBlank();
  await expect(properties.title).toHaveText('Flux Properties');
  await properties.editList('Triggers', 'invoked');
  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(() => readFileSync(path.join(host.workspace, 'Greeter.flux'), 'utf8')).toContain('"triggers": [\n    "invoked"\n  ]');

  // when they open the Console and send `invoked` from the canvas's menu
  await studio.tab('Console').click();
  await canvas.choosePaneMenu('Send Flux Event', { x: 40, y: 40 });
  await events.sendDialog.getByLabel('Event', { exact: true }).fill('invoked');
  await expect(events.preview).toContainText('Starts Greeter');
  await page.keyboard.press('Enter');

  // then the service's log line shows
  await expect(studio.console).toContainText('Hello from Greeter');

  // and when the log message becomes ${$triggerFluxEvent}, saved, and the event is sent again
  await studio.state('Greet').click();
  await properties.setField('Message', '"${$triggerFluxEvent}"');
  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(() => readFileSync(path.join(host.workspace, 'Greeter.flux'), 'utf8')).toContain('${$triggerFluxEvent}');
  await canvas.choosePaneMenu('Send Flux Event', { x: 40, y: 40 });
  await events.sendDialog.getByLabel('Event', { exact: true }).fill('invoked');
  await events.sendDialog.getByRole('button', { name: 'Send', exact: true }).click();

  // then the Console shows the trigger's name, logged by the service
  await expect(studio.console.getByText('invoked', { exact: true })).toBeVisible();

  // The README's screenshot: the journey's end.
  await page.screenshot({ path: path.join(root, 'docs/screenshot.png') });
});
