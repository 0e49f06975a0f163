import { test, expect } from './fixtures';

test.describe('first start', () => {
  test.use({ defaultWorkspace: true });

  test('should open the default workspace with the sample service drawn and the Console tab', async ({ studio, host }) => {
    // Given a user without a workspace folder, when the studio starts,
    // then ~/FluxStudio is created with the sample service, drawn on the canvas.
    await expect(studio.service('Hello')).toBeVisible();
    await expect(studio.service('Hello')).toHaveAttribute('aria-selected', 'true');
    await expect(studio.state('Greet')).toBeVisible();
    await expect(studio.state('Done')).toBeVisible();
    await expect(studio.canvas.locator('.react-flow__edge')).toHaveCount(1);
    await expect(studio.properties).toContainText('invoked');
    await expect(studio.tab('Console')).toBeVisible();
    await expect(studio.console).toContainText(`Opened workspace ${host.workspace}`);
  });
});

test.describe('workspace', () => {
  test.use({
    workspaceFiles: {
      'orders/Checkout.flux': JSON.stringify({
        triggers: ['order.placed'],
        states: [
          { name: 'Take', x: 0, y: 0, action: {}, input: [], output: [], transitions: [{ to: 'Ship', event: 'paid' }] },
          { name: 'Ship', x: 0, y: 160, waiting: true, action: {}, input: [], output: [], transitions: [{ to: 'Take', event: 'again' }] },
        ],
      }),
      'Broken.flux': '{ "states": [',
    },
  });

  test('should list the services of the folder by name and draw the one chosen', async ({ studio }) => {
    await expect(studio.service('orders.Checkout')).toBeVisible();
    await expect(studio.service('Broken')).toBeVisible();
    await studio.openService('orders.Checkout');
    await expect(studio.state('Take')).toBeVisible();
    await expect(studio.state('Ship')).toBeVisible();
    await expect(studio.canvas.getByText('paid', { exact: true })).toBeVisible();
  });

  test('should say why a file that does not parse cannot be drawn', async ({ studio }) => {
    await studio.openService('Broken');
    await expect(studio.page.getByRole('alert')).toContainText('Broken cannot be drawn');
  });

  test('should show the source in the bundled code editor without any request leaving the machine', async ({ studio, host }) => {
    const outside: string[] = [];
    host.page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) outside.push(request.url());
    });
    await studio.openService('orders.Checkout');
    await studio.tab('Source').click();
    await expect(host.page.locator('.monaco-editor')).toBeVisible();
    await expect(host.page.locator('.monaco-editor .view-lines')).toContainText('order.placed');
    expect(outside).toEqual([]);
  });
});
