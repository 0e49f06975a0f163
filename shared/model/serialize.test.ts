import { describe, expect, it } from 'vitest';
import { isCanonical } from './is-canonical';
import { parseFlux } from './parse';
import { serializeFlux } from './serialize';
import type { FluxDocument } from './types';

describe('serializeFlux', () => {
  it('should write known keys in the fixed order, then unknown keys in their order', () => {
    // given a document whose keys are all out of order, with unknown keys at every level
    const doc = JSON.parse(`{
      "zeta": 1, "states": [{
        "transitions": [{"to": "A", "lines": [{"to": ["b"], "from": ["a"]}], "wait": "duration:1", "event": "e", "comments": "c", "z": 0}],
        "output": [], "input": [{"gloopProperties": [], "comments": "x", "choices": ["a"], "defaultValue": "a", "allowNull": true, "array": false, "reference": "M", "type": "model", "name": "p", "ui": 1}],
        "action": {"outputs": [], "inputs": [{"to": ["message"], "evaluate": true, "expression": "1", "type": "set"}], "parameters": ["String"], "methodName": "info", "className": "flux.Logger", "type": "invokeCode"},
        "waiting": false, "comment": "c", "y": 2, "x": 1, "displayName": "A", "name": "A", "extra": true
      }],
      "startState": "A", "output": [], "input": [], "tags": ["t"], "triggers": ["go"], "comment": "c", "alpha": 2
    }`) as FluxDocument;
    // when
    const text = serializeFlux(doc);
    // then
    const compact = JSON.stringify(JSON.parse(text));
    expect(compact).toBe(
      '{"comment":"c","triggers":["go"],"tags":["t"],"input":[],"output":[],"startState":"A","states":[{' +
        '"name":"A","displayName":"A","x":1,"y":2,"comment":"c","waiting":false,' +
        '"action":{"type":"invokeCode","className":"flux.Logger","methodName":"info","parameters":["String"],' +
        '"inputs":[{"type":"set","expression":"1","evaluate":true,"to":["message"]}],"outputs":[]},' +
        '"input":[{"name":"p","type":"model","reference":"M","array":false,"allowNull":true,"defaultValue":"a","choices":["a"],"comments":"x","gloopProperties":[],"ui":1}],' +
        '"output":[],' +
        '"transitions":[{"comments":"c","event":"e","wait":"duration:1","lines":[{"from":["a"],"to":["b"]}],"to":"A","z":0}],' +
        '"extra":true}],"zeta":1,"alpha":2}',
    );
  });

  it('should write two-space indentation and a final newline', () => {
    // given
    const doc: FluxDocument = { states: [] };
    // when / then
    expect(serializeFlux(doc)).toBe('{\n  "states": []\n}\n');
  });

  it('should leave out fields set to undefined', () => {
    // given
    const doc: FluxDocument = { comment: undefined, states: [{ name: 'A', displayName: undefined, x: 0, y: 0, action: {}, input: [], output: [] }] };
    // when / then
    expect(serializeFlux(doc)).not.toContain('displayName');
    expect(serializeFlux(doc)).not.toContain('comment');
  });

  it('should keep each object kind in its canonical order', () => {
    // given
    const doc = parseFlux(
      '{"states": [{"transitions": [{"to": "A", "event": "e", "comments": "c"}], "name": "A", "x": 0, "y": 0, "action": {"lines": [{"to": ["x"], "expression": "1", "type": "set"}]}, "input": [], "output": []}]}',
    ).document!;
    // when
    const text = serializeFlux(doc);
    // then
    expect(text.indexOf('"comments"')).toBeLessThan(text.indexOf('"event"'));
    expect(text.indexOf('"event"')).toBeLessThan(text.indexOf('"to": "A"'));
    expect(text.indexOf('"type": "set"')).toBeLessThan(text.indexOf('"expression"'));
    expect(text.indexOf('"expression"')).toBeLessThan(text.indexOf('"to": [\n'));
  });

  it('should give the same bytes for a document read from canonical text', () => {
    // given
    const text = serializeFlux(parseFlux('{"tags": ["a"], "states": [{"name": "A", "x": 1.5, "y": -2, "action": {}, "input": [], "output": [], "unknown": {"b": [1, {"c": null}]}}]}').document!);
    // when
    const again = serializeFlux(parseFlux(text).document!);
    // then
    expect(again).toBe(text);
  });
});

describe('isCanonical', () => {
  it('should accept canonical text and reject other spacing, key order or a missing newline', () => {
    // given
    const canonical = serializeFlux({ triggers: ['go'], states: [] });
    // when / then
    expect(isCanonical(canonical)).toBe(true);
    expect(isCanonical(canonical.trimEnd())).toBe(false);
    expect(isCanonical(canonical.replace(/ {2}/g, '\t'))).toBe(false);
    expect(isCanonical(JSON.stringify({ states: [], triggers: ['go'] }, null, 2) + '\n')).toBe(false);
    expect(isCanonical('{')).toBe(false);
  });
});
