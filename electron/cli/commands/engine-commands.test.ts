// flux run, flux send and flux replay over the model's fixture workspace, with exact console lines.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../main';

const here = path.dirname(fileURLToPath(import.meta.url));
const workspace = path.join(here, '../../../shared/model/fixtures');
const engineWorkspace = path.join(here, '../../engine/fixtures');
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'flux-cli-'));
  dirs.push(dir);
  return dir;
}

async function flux(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

async function steps(...lines: unknown[]): Promise<string> {
  const file = path.join(await tempDir(), 'steps.jsonl');
  await writeFile(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
  return file;
}

describe('flux send', () => {
  it('should print what the triggered run logs and exit 0', async () => {
    expect(await flux('send', workspace, 'greet', '--inputs', '{"name": "Ada"}', '--fake-clock')).toEqual({ code: 0, stdout: 'INFO [Triggered#1 Greet] Hello Ada, started by greet\n', stderr: '' });
  });

  it('should warn with the nearest trigger when nothing takes the event, and still exit 0', async () => {
    const result = await flux('send', workspace, 'invoke');
    expect(result).toEqual({ code: 0, stdout: 'WARN No service or waiting run accepted the event invoke; did you mean invoked?\n', stderr: '' });
  });

  it('should print the trace with --debug', async () => {
    const { stdout } = await flux('send', workspace, 'invoked', '--debug', '--fake-clock');
    expect(stdout.split('\n')).toContain('DEBUG [Triggered#1 Greet] Run started by trigger invoked with inputs {"name":"world"}');
    expect(stdout.split('\n')).toContain('DEBUG [Triggered#1 Greet] Completed with outputs {}');
  });

  it('should resume a run saved by an earlier command with the same --state-dir', async () => {
    const dir = await tempDir();
    const first = await flux('send', workspace, 'ticket.opened', '--inputs', '{"customerId": "C1"}', '--state-dir', dir);
    expect(first).toEqual({ code: 0, stdout: 'INFO [Tagged#1 Open] Ticket opened for C1\n', stderr: `flux send: 1 run waiting or sleeping (kept in ${dir})\n` });
    const second = await flux('send', workspace, 'ticket.closed', '--tags', 'C1', '--inputs', '{"note": "done"}', '--state-dir', dir);
    expect(second).toEqual({ code: 0, stdout: 'INFO [Tagged#1 Closed] Ticket of C1 closed: done\n', stderr: '' });
  });
});

describe('flux run', () => {
  it('should run a service with inputs and a start state', async () => {
    expect((await flux('run', workspace, 'ErrorHandling', '--inputs', '{"amount": -5}')).stdout).toBe('ERROR [ErrorHandling#1 Report_Error] Payment failed: Negative amount: -5\n');
    expect((await flux('run', workspace, 'Tagged', '--inputs', '{"customerId": "C9"}', '--start-state', 'Closed')).stdout).toBe('INFO [Tagged#1 Closed] Ticket of C9 closed: null\n');
  });

  it('should say why inputs were refused, exit 0, and start nothing', async () => {
    expect(await flux('run', workspace, 'WaitForEvent')).toEqual({ code: 0, stdout: 'WARN [WaitForEvent] Not started: requestId is required\n', stderr: '' });
  });

  it('should exit 1 for an unknown service or an unreadable workspace', async () => {
    expect(await flux('run', workspace, 'Triggerd')).toEqual({ code: 1, stdout: '', stderr: 'flux run: There is no deployed service Triggerd; did you mean Triggered?\n' });
    const missing = await flux('run', path.join(workspace, 'nope'), 'X');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^flux run: cannot read the workspace .*nope: no such file or directory\n$/);
  });

  it.each([
    [[], /name the workspace folder and the service/],
    [[workspace, 'X', '--inputs', '[1]'], /--inputs must be a JSON object/],
    [[workspace, 'X', '--inputs'], /--inputs needs a value/],
    [[workspace, 'X', '--bogus'], /unknown option '--bogus'/],
    [[workspace, 'X', '--fake-clock=soon'], /is not a date/],
  ])('should refuse the arguments %j with usage and exit 2', async (args, message) => {
    const result = await flux('run', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage: flux run <workspace> <service>');
  });
});

describe('flux with services in folders', () => {
  it('should name services by their path, invoke one from another and run its script', async () => {
    const result = await flux('send', engineWorkspace, 'order.placed', '--inputs', '{"quantity": 4}', '--fake-clock');
    expect(result).toEqual({ code: 0, stdout: 'INFO [orders.Price#2 Compute] pricing 4 items\nINFO [orders.Checkout#1 Report] Checkout of 4: 10\n', stderr: '' });
    expect((await flux('run', engineWorkspace, 'orders.Price', '--inputs', '{"quantity": 2, "unitPrice": 1}', '--debug')).stdout).toContain('Completed with outputs {"total":2}');
  });
});

describe('flux replay', () => {
  it('should replay sends, executes and clock moves in order on a fake clock', async () => {
    const file = await steps(
      { send: 'approval.requested', inputs: { requestId: 'R1' } },
      { send: 'approval.given', inputs: {} },
      { advance: 60 },
      '',
      { execute: 'Polling', inputs: { maxChecks: 2 } },
      { advance: 5 },
      { send: 'reminder.scheduled', inputs: { remindAt: '2000-01-01T00:00:00Z' } },
    );
    const result = await flux('replay', workspace, file, '--fake-clock=2026-01-01T00:00:00Z');
    expect(result).toEqual({
      code: 0,
      stdout: [
        'INFO [WaitForEvent#1 Ask] Approval requested for R1',
        'WARN [WaitForEvent#1 Await_Approval] Event approval.given refused: approver is required; the run keeps waiting',
        'WARN [WaitForEvent#1 Timed_Out] No approval for R1 within 60 s',
        'INFO [Polling#2 Report] Done after 2 checks',
        'INFO [WaitUntilDate#3 Schedule] Reminder set for 2000-01-01T00:00:00Z',
        'INFO [WaitUntilDate#3 Remind] Reminder: Time is up',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('should fire on the next replay a timer that fell due, with the same --state-dir', async () => {
    const dir = await tempDir();
    const start = await steps({ send: 'poll.start' });
    const later = await steps({ advance: 10 });
    expect((await flux('replay', workspace, start, '--fake-clock', '--state-dir', dir)).stdout).toBe('');
    expect((await flux('replay', workspace, later, '--fake-clock', '--state-dir', dir)).stdout).toBe('INFO [Polling#1 Report] Done after 3 checks\n');
  });

  it('should run a sleep step on the real clock', async () => {
    const file = await steps({ send: 'invoked' }, { sleep: 5 });
    expect((await flux('replay', workspace, file)).stdout).toBe('INFO [Triggered#1 Greet] Hello world, started by invoked\n');
  });

  it('should refuse a bad step naming its line, and advance without --fake-clock', async () => {
    const bad = await steps({ send: 'x' }, { jump: 3 });
    expect(await flux('replay', workspace, bad)).toMatchObject({ code: 2, stderr: expect.stringContaining(`${bad}:2: a step has one of the keys send, execute, advance or sleep`) });
    const advance = await steps({ advance: 1 });
    expect(await flux('replay', workspace, advance)).toMatchObject({ code: 2, stderr: expect.stringContaining(`${advance}:1: an advance step needs --fake-clock`) });
    expect(await flux('replay', workspace, path.join(workspace, 'none.jsonl'))).toMatchObject({ code: 1, stderr: expect.stringMatching(/cannot read .*none\.jsonl: no such file/) });
  });

  it('should be listed in flux --help', async () => {
    const { stdout } = await flux('--help');
    expect(stdout).toMatch(/run\s+run a service/);
    expect(stdout).toMatch(/send\s+send an event/);
    expect(stdout).toMatch(/replay\s+replay a file/);
  });
});
