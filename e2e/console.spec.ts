import type { LogInput } from '../electron/backend/log-batcher';
import { test, expect } from './fixtures';
import type { StudioHost } from './hosts';
import { ConsolePage } from './pages/ConsolePage';

/** What the console keeps (CONSOLE_LIMIT in the renderer, which specs may not import). */
const CAPACITY = 100_000;
const WEB_ONLY = 'Writes logs through the backend the web host runs in this process.';

// The web host runs the backend in this process, so records are written straight into its log.
function log(host: StudioHost, ...records: (Partial<LogInput> & { message: string })[]): void {
  if (!host.backend) throw new Error('These specs write logs through the web host\'s backend.');
  for (const record of records) host.backend.logs.log({ level: 'INFO', ...record });
}

const many = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => ({ message: `${prefix} ${i + 1}` }));

test.describe('console', () => {
  let con: ConsolePage;
  test.beforeEach(async ({ host }) => {
    test.skip(!host.backend, WEB_ONLY);
    con = new ConsolePage(host.page);
    await expect(con.output).toContainText('Opened workspace');
  });

  test('should show each line with time, level, service, run and state, then the message', async ({ host }) => {
    log(host, { level: 'WARN', service: 'Hello', run: 'r-17', state: 'Greet', message: 'slow greeting' });
    const line = con.line('slow greeting');
    await expect(line).toHaveText(/^\d\d:\d\d:\d\d\.\d{3}WARNHellor-17Greetslow greeting$/);
  });

  test('should filter by minimum level', async ({ host }) => {
    log(host, { level: 'DEBUG', message: 'lvl debug' }, { level: 'INFO', message: 'lvl info' }, { level: 'WARN', message: 'lvl warn' }, { level: 'ERROR', message: 'lvl error' });
    await expect(con.line('lvl error')).toBeVisible();
    await con.level.selectOption({ label: 'WARN and above' });
    await expect(con.line('lvl warn')).toBeVisible();
    await expect(con.line('lvl error')).toBeVisible();
    await expect(con.line('lvl info')).toHaveCount(0);
    await expect(con.line('lvl debug')).toHaveCount(0);
    // Records arriving later are filtered too.
    log(host, { level: 'INFO', message: 'late info' }, { level: 'ERROR', message: 'late error' });
    await expect(con.line('late error')).toBeVisible();
    await expect(con.line('late info')).toHaveCount(0);
    await con.level.selectOption({ label: 'All levels' });
    await expect(con.line('lvl debug')).toBeVisible();
  });

  test('should filter by service and by run', async ({ host }) => {
    log(host, { service: 'billing.Invoice', run: 'run-aaa', message: 'invoice one' }, { service: 'Hello', run: 'run-bbb', message: 'hello two' });
    await expect(con.line('hello two')).toBeVisible();
    await con.service.selectOption('billing.Invoice');
    await expect(con.line('invoice one')).toBeVisible();
    await expect(con.line('hello two')).toHaveCount(0);
    await expect(con.line('Opened workspace')).toHaveCount(0);
    await con.service.selectOption({ label: 'All services' });
    await con.run.fill('bbb');
    await expect(con.line('hello two')).toBeVisible();
    await expect(con.line('invoice one')).toHaveCount(0);
  });

  test('should filter by text, ignoring case', async ({ host }) => {
    log(host, { message: 'Payment accepted' }, { message: 'Parcel shipped' });
    await con.filter.fill('PAYMENT');
    await expect(con.line('Payment accepted')).toBeVisible();
    await expect(con.line('Parcel shipped')).toHaveCount(0);
    await expect(con.status).toContainText(/1 of \d+ records/);
    await con.filter.fill('');
    await expect(con.line('Parcel shipped')).toBeVisible();
  });

  test('should keep its filters when the user switches bottom-panel tabs and back', async ({ host, studio }) => {
    test.skip((await studio.tab('Runs').count()) === 0, 'Needs a second bottom-panel tab.');
    log(host, { message: 'kept filter' }, { message: 'other line' });
    await con.filter.fill('kept');
    await studio.tab('Runs').click();
    await studio.tab('Console').click();
    await expect(con.filter).toHaveValue('kept');
    await expect(con.line('kept filter')).toBeVisible();
    await expect(con.line('other line')).toHaveCount(0);
  });

  test('should clear the lines and keep showing new ones', async ({ host }) => {
    log(host, { message: 'before clear' });
    await expect(con.line('before clear')).toBeVisible();
    await con.button('Clear').click();
    await expect(con.line('before clear')).toHaveCount(0);
    await expect(con.line('Opened workspace')).toHaveCount(0);
    await expect(con.status).toContainText('0 records');
    log(host, { message: 'after clear' });
    await expect(con.line('after clear')).toBeVisible();
  });

  test('should follow the end, pause when scrolled up, and resume at the bottom or with Follow', async ({ host }) => {
    log(host, ...many(2000, 'tick'));
    await expect(con.line(/^.*tick 2000$/)).toBeVisible();
    await expect(con.button('Follow')).toHaveAttribute('aria-pressed', 'true');

    await con.scrollUp();
    await expect(con.button('Follow')).toHaveAttribute('aria-pressed', 'false');
    await expect(con.status).toContainText('Paused');
    const firstShown = await con.output.locator('.console-line').first().getAttribute('data-seq');
    log(host, { message: 'while paused' });
    await expect(con.status).toContainText('2,002 records');
    await expect(con.line('while paused')).toHaveCount(0);
    // The lines under the user's eyes stay where they are.
    await expect(con.output.locator('.console-line').first()).toHaveAttribute('data-seq', firstShown!);

    await con.button('Follow').click();
    await expect(con.line('while paused')).toBeVisible();
    await expect(con.button('Follow')).toHaveAttribute('aria-pressed', 'true');

    await con.scrollUp();
    await expect(con.button('Follow')).toHaveAttribute('aria-pressed', 'false');
    await con.scrollToBottom();
    await expect(con.button('Follow')).toHaveAttribute('aria-pressed', 'true');
    log(host, { message: 'resumed' });
    await expect(con.line('resumed')).toBeVisible();
  });

  test('should keep the last 100,000 records and say how many older ones it dropped', async ({ host }) => {
    await con.button('Clear').click();
    await expect(con.status).toContainText('0 records');
    log(host, ...many(CAPACITY + 5, 'bulk'));
    await expect(con.dropped).toHaveText('5 older records dropped');
    await expect(con.status).toContainText('100,000 records');
    await expect(con.line(/bulk 100005$/)).toBeVisible();
    // The oldest kept is the sixth.
    await con.output.evaluate((el) => {
      el.scrollTop = 0;
    });
    await expect(con.output.locator('.console-line').first()).toHaveText(/bulk 6$/);
  });

  test('should keep the lines in view while paused, even as the oldest records are dropped', async ({ host }) => {
    await con.button('Clear').click();
    log(host, ...many(CAPACITY, 'full'));
    await expect(con.line(/full 100000$/)).toBeVisible();
    await con.scrollUp();
    await expect(con.button('Follow')).toHaveAttribute('aria-pressed', 'false');
    const rows = con.output.locator('.console-line');
    const firstShown = await rows.first().getAttribute('data-seq');
    log(host, ...many(1000, 'more'));
    await expect(con.dropped).toHaveText('1,000 older records dropped');
    await expect(rows.first()).toHaveAttribute('data-seq', firstShown!);
  });

  test('should copy the lines the filters let through', async ({ host }) => {
    await host.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    log(host, { service: 'Hello', state: 'Greet', message: 'copy me' }, { message: 'not me' }, { level: 'ERROR', message: 'copy me too' });
    await con.filter.fill('copy me');
    await expect(con.line('copy me too')).toBeVisible();
    await con.button('Copy').click();
    await expect(host.page.getByRole('status')).toHaveText('Copied 2 lines');
    const copied = await host.page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}Hello - Greet copy me$/);
    expect(lines[1]).toMatch(/ERROR - - - copy me too$/);
  });
});

test.describe('console and canvas', () => {
  const state = (name: string, y: number, to?: string) => ({ name, x: 0, y, action: {}, input: [], output: [], transitions: to ? [{ to }] : [] });
  test.use({
    workspaceFiles: {
      'Alpha.flux': JSON.stringify({ states: [state('Begin', 0)] }),
      'orders/Checkout.flux': JSON.stringify({ states: [state('Take', 0, 'Ship'), state('Ship', 160)] }),
    },
  });

  test('should select a line\'s state on the canvas, opening its service', async ({ host, studio }) => {
    test.skip(!host.backend, WEB_ONLY);
    const con = new ConsolePage(host.page);
    await expect(studio.state('Begin')).toBeVisible();
    log(host, { service: 'orders.Checkout', run: 'r-1', state: 'Ship', message: 'shipping' });
    await con.line('shipping').getByRole('button', { name: 'Ship' }).click();
    await expect(studio.service('orders.Checkout')).toHaveAttribute('aria-selected', 'true');
    await expect(host.page.locator('.react-flow__node.selected')).toHaveCount(1);
    await expect(host.page.locator('.react-flow__node.selected').getByRole('group', { name: 'State Ship' })).toBeVisible();
  });
});
