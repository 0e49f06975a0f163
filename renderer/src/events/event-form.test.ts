import { describe, expect, it } from 'vitest';
import { parseInputs, parseTags, readEvent, withField } from './event-form';

describe('the Send Flux Event form', () => {
  it('should read tags one per line or comma-separated, trimmed and without repeats', () => {
    expect(parseTags(' A1, shipping\nA1\n\n express ')).toEqual(['A1', 'shipping', 'express']);
  });

  it('should refuse inputs that are not a JSON object, saying why', () => {
    expect(parseInputs('')).toEqual({ ok: true, value: {} });
    expect(parseInputs('[1]')).toMatchObject({ ok: false, problem: expect.stringContaining('JSON object') });
    expect(parseInputs('{"a": ')).toMatchObject({ ok: false, problem: expect.stringContaining('not valid JSON') });
  });

  it('should build the event, leaving tags out when there are none', () => {
    expect(readEvent(' invoked ', '{"n": 1}', '')).toEqual({ ok: true, value: { event: 'invoked', inputs: { n: 1 } } });
    expect(readEvent('picked', '', 'A1')).toEqual({ ok: true, value: { event: 'picked', inputs: {}, tags: ['A1'] } });
    expect(readEvent('  ', '{}', '')).toMatchObject({ ok: false });
  });

  it('should keep the JSON in step with a form field, typed by its declaration', () => {
    const text = withField('{"orderId": "A1"}', { name: 'quantity', type: 'integer' }, '3');
    expect(JSON.parse(text)).toEqual({ orderId: 'A1', quantity: 3 });
    expect(JSON.parse(withField(text, { name: 'express', type: 'boolean' }, 'true'))).toEqual({ orderId: 'A1', quantity: 3, express: true });
    expect(JSON.parse(withField(text, { name: 'orderId' }, ''))).toEqual({ quantity: 3 });
  });
});
