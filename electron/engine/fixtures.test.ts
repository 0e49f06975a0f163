// A scenario per example kind of shared/model/fixtures (see its README), with the exact console
// lines at INFO and above.
import { describe, expect, it } from 'vitest';
import { fixture, harness } from './test-support';

const all = () => ({
  Triggered: fixture('Triggered'),
  Tagged: fixture('Tagged'),
  Polling: fixture('Polling'),
  DataPassing: fixture('DataPassing'),
  WaitForEvent: fixture('WaitForEvent'),
  WaitUntilDate: fixture('WaitUntilDate'),
  ErrorHandling: fixture('ErrorHandling'),
});

describe('fixture Triggered', () => {
  it('should greet with the default name, the given name, and point a typo at the nearest trigger', async () => {
    const h = await harness(all());
    await h.engine.sendEvent({ event: 'invoked', inputs: {} });
    await h.engine.sendEvent({ event: 'greet', inputs: { name: 'Ada' } });
    await h.engine.sendEvent({ event: 'invoke' });
    expect(h.lines()).toEqual([
      'INFO [Triggered#1 Greet] Hello world, started by invoked',
      'INFO [Triggered#2 Greet] Hello Ada, started by greet',
      'WARN No service or waiting run accepted the event invoke; did you mean invoked?',
    ]);
  });
});

describe('fixture Tagged', () => {
  it('should resume only the run whose tag the event carries', async () => {
    const h = await harness(all());
    await h.engine.sendEvent({ event: 'ticket.opened', inputs: { customerId: 'C1' } });
    expect(h.engine.getRun('1')).toMatchObject({ status: 'WAITING', tags: ['C1', 'support'] });
    await h.engine.sendEvent({ event: 'ticket.closed', tags: ['C2'] });
    expect(h.engine.getRun('1')?.status).toBe('WAITING');
    await h.engine.sendEvent({ event: 'ticket.closed', tags: ['C1'], inputs: { note: 'refunded' } });
    expect(h.lines()).toEqual([
      'INFO [Tagged#1 Open] Ticket opened for C1',
      'WARN No service or waiting run accepted the event ticket.closed tagged C2',
      'INFO [Tagged#1 Closed] Ticket of C1 closed: refunded',
    ]);
    expect(h.engine.getRun('1')).toMatchObject({ status: 'COMPLETED', outputs: { resolution: 'refunded' } });
  });

  it('should resolve with the default note when the event has none', async () => {
    const h = await harness(all());
    await h.engine.sendEvent({ event: 'ticket.opened', inputs: { customerId: 'C1' } });
    await h.engine.sendEvent({ event: 'ticket.closed' });
    expect(h.lines()).toEqual(['INFO [Tagged#1 Open] Ticket opened for C1', 'INFO [Tagged#1 Closed] Ticket of C1 closed: resolved']);
    expect(h.engine.getRun('1')?.outputs).toEqual({ resolution: 'resolved' });
  });
});

describe('fixture Polling', () => {
  it('should check at 0, 5 and 10 s and complete with totalChecks 3', async () => {
    const h = await harness(all());
    await h.engine.sendEvent({ event: 'poll.start', inputs: {} });
    const checks = () => h.engine.getRun('1')?.context.states.Check?.output.checks;
    expect(checks()).toBe(1);
    await h.advance(5);
    expect(checks()).toBe(2);
    await h.advance(4.9);
    expect(checks()).toBe(2);
    await h.advance(0.1);
    expect(h.lines()).toEqual(['INFO [Polling#1 Report] Done after 3 checks']);
    expect(h.engine.getRun('1')).toMatchObject({ status: 'COMPLETED', outputs: { totalChecks: 3 } });
  });
});

describe('fixture DataPassing', () => {
  it('should carry the amount through a transition into the output total', async () => {
    const h = await harness(all());
    await h.engine.sendEvent({ event: 'order.priced', inputs: { order: { quantity: 3, unitPrice: 2.5 } } });
    expect(h.lines()).toEqual(['INFO [DataPassing#1 Log_Total] Total for 3 items: 7.5']);
    expect(h.engine.getRun('1')).toMatchObject({ status: 'COMPLETED', outputs: { total: 7.5 } });
  });

  it('should refuse an order that is not a model', async () => {
    const h = await harness(all());
    await h.engine.sendEvent({ event: 'order.priced', inputs: { order: 'three' } });
    expect(h.lines()).toEqual(["WARN [DataPassing] Not started by order.priced: order: expected an object (got 'three')"]);
  });
});

describe('fixture WaitForEvent', () => {
  it('should complete when approved', async () => {
    const h = await harness(all());
    await h.engine.sendEvent({ event: 'approval.requested', inputs: { requestId: 'R1' } });
    await h.engine.sendEvent({ event: 'approval.given', inputs: { approver: 'Kim' } });
    expect(h.lines()).toEqual(['INFO [WaitForEvent#1 Ask] Approval requested for R1']);
    expect(h.engine.getRun('1')).toMatchObject({ status: 'COMPLETED', outputs: { outcome: 'approved by Kim' } });
  });

  it('should refuse an approval without approver and time out after 60 s', async () => {
    const h = await harness(all());
    await h.engine.sendEvent({ event: 'approval.requested', inputs: { requestId: 'R1' } });
    await h.engine.sendEvent({ event: 'approval.given', inputs: {} });
    expect(h.engine.getRun('1')?.status).toBe('WAITING');
    await h.advance(60);
    expect(h.lines()).toEqual([
      'INFO [WaitForEvent#1 Ask] Approval requested for R1',
      'WARN [WaitForEvent#1 Await_Approval] Event approval.given refused: approver is required; the run keeps waiting',
      'WARN [WaitForEvent#1 Timed_Out] No approval for R1 within 60 s',
    ]);
    expect(h.engine.getRun('1')).toMatchObject({ status: 'COMPLETED', outputs: { outcome: 'timed out' } });
  });
});

describe('fixture WaitUntilDate', () => {
  it('should sleep until remindAt, then remind', async () => {
    const h = await harness(all());
    const at = new Date(h.clock.now() + 86_400_000).toISOString();
    await h.engine.sendEvent({ event: 'reminder.scheduled', inputs: { remindAt: at } });
    expect(h.engine.getRun('1')?.status).toBe('SLEEPING');
    await h.advance(86_399);
    expect(h.lines()).toEqual([`INFO [WaitUntilDate#1 Schedule] Reminder set for ${at}`]);
    await h.advance(1);
    expect(h.lines()).toEqual(['INFO [WaitUntilDate#1 Remind] Reminder: Time is up']);
  });

  it('should fire at once for a time in the past', async () => {
    const h = await harness(all());
    await h.engine.sendEvent({ event: 'reminder.scheduled', inputs: { remindAt: '2020-01-01T09:00:00Z', text: 'late' } });
    expect(h.lines()).toEqual(['INFO [WaitUntilDate#1 Schedule] Reminder set for 2020-01-01T09:00:00Z', 'INFO [WaitUntilDate#1 Remind] Reminder: late']);
  });
});

describe('fixture ErrorHandling', () => {
  it('should accept a positive amount', async () => {
    const h = await harness(all());
    await h.engine.sendEvent({ event: 'payment.received', inputs: { amount: 10 } });
    expect(h.lines()).toEqual([]);
    expect(h.engine.getRun('1')).toMatchObject({ status: 'COMPLETED', outputs: { status: 'accepted' } });
  });

  it('should catch the exception of a negative amount and complete as rejected', async () => {
    const h = await harness(all());
    await h.engine.sendEvent({ event: 'payment.received', inputs: { amount: -5 } });
    expect(h.lines()).toEqual(['ERROR [ErrorHandling#1 Report_Error] Payment failed: Negative amount: -5']);
    expect(h.engine.getRun('1')).toMatchObject({ status: 'COMPLETED', outputs: { status: 'rejected' } });
  });
});
