import { describe, expect, it } from 'vitest';
import {
  parseCycles,
  parseDuration,
  parsePattern,
  patternByName,
  readSettings,
} from '../../../src/components/breathwork-timer/parse.js';
import { PATTERN_NAMES, namedPattern, type BreathPattern } from '../../../src/components/breathwork-timer/patterns.js';

const ok = (value: string): BreathPattern => {
  const result = parsePattern(value);
  if ('error' in result) throw new Error(`expected "${value}" to parse: ${result.error}`);
  return result.pattern;
};
const error = (result: object): string => {
  if (!('error' in result)) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return (result as { error: string }).error;
};
const seconds = (p: BreathPattern) => p.steps.map((s) => [s.phase, s.ms / 1000]);

describe('parsePattern: names', () => {
  it.each(PATTERN_NAMES)('reads %s as the named pattern', (name) => {
    expect(ok(name)).toEqual(namedPattern(name));
  });

  it.each([
    ['BOX', 'box'],
    ['  Coherent ', 'coherent'],
    ['SIGH', 'sigh'],
    ['4-7-8', '478'],
  ])('reads %j as %s (case, spaces, the 4-7-8 spelling)', (value, name) => {
    expect(ok(value).id).toBe(name);
  });

  it('keeps the 478 default of 4 breaths when spelt 4-7-8', () => {
    expect(ok('4-7-8').cycles).toBe(4);
  });

  it('patternByName knows only the names', () => {
    expect(patternByName('Box')?.id).toBe('box');
    expect(patternByName('4-2-6-0')).toBeUndefined();
    expect(patternByName('toString')).toBeUndefined();
  });
});

describe('parsePattern: custom seconds', () => {
  it('reads inhale-hold-exhale-hold', () => {
    const p = ok('4-2-6-0');
    expect(seconds(p)).toEqual([
      ['inhale', 4],
      ['hold', 2],
      ['exhale', 6],
    ]);
    expect(p.id).toBe('4-2-6-0');
    expect(p.name).toBe('custom');
    expect(p.cycleMs).toBe(12_000);
    expect(p.hasHold).toBe(true);
    expect(p.cycles).toBeUndefined();
  });

  it('reads inhale-hold-exhale (3 numbers) and inhale-exhale (2 numbers)', () => {
    expect(seconds(ok('3-1-5'))).toEqual([
      ['inhale', 3],
      ['hold', 1],
      ['exhale', 5],
    ]);
    expect(seconds(ok('5-5'))).toEqual([
      ['inhale', 5],
      ['exhale', 5],
    ]);
    expect(ok('5-5').id).toBe('5-0-5-0');
  });

  it('reads decimals (and normalises the id)', () => {
    const p = ok('5.5-0-5.5-0');
    expect(seconds(p)).toEqual([
      ['inhale', 5.5],
      ['exhale', 5.5],
    ]);
    expect(p.cycleMs).toBe(11_000);
    expect(ok('0.5-.5-4.25-1.').id).toBe('0.5-0.5-4.25-1');
    expect(ok('4.0-0-4-0').id).toBe('4-0-4-0');
  });

  it('skips every zero phase', () => {
    expect(seconds(ok('4-0-4-0'))).toEqual([
      ['inhale', 4],
      ['exhale', 4],
    ]);
    expect(seconds(ok('4-0-4-2'))).toEqual([
      ['inhale', 4],
      ['exhale', 4],
      ['hold-out', 2],
    ]);
    expect(ok('4-0-4-0').hasHold).toBe(false);
  });

  it('allows spaces around the numbers', () => {
    expect(ok(' 4 - 2 - 6 - 0 ').id).toBe('4-2-6-0');
  });

  it('accepts the limits: 0.5 s and 60 s', () => {
    expect(ok('0.5-60-0.5-60').cycleMs).toBe(121_000);
  });
});

describe('parsePattern: errors say what was wrong', () => {
  it.each([
    ['square', /neither a pattern name \(box, 478, coherent, sigh\) nor seconds/],
    ['', /neither a pattern name/],
    ['4', /has 1 parts; give 2 to 4 numbers/],
    ['4-4-4-4-4', /has 5 parts; give 2 to 4 numbers/],
    ['4-x-4-4', /the hold "x" in "4-x-4-4" is not a number of seconds/],
    ['4--4-4', /the hold "" in "4--4-4" is not a number of seconds/],
    ['4-2-6-1e1', /the hold-out "1e1" .* is not a number of seconds/],
    ['4-2-six-0', /the exhale "six" .* is not a number/],
    ['0.2-0-4-0', /the inhale "0.2" in "0.2-0-4-0" is shorter than 0.5 s \(use 0 to skip a phase\)/],
    ['4-90-4-0', /the hold "90" in "4-90-4-0" is longer than 60 s/],
    ['0-4-4-0', /the inhale in "0-4-4-0" is 0 s; a breath needs an inhale and an exhale/],
    ['4-4-0-4', /the exhale in "4-4-0-4" is 0 s/],
    ['4-4', null],
    // One breath shorter than 4 s (over 15 a minute) is faster than calm resting breathing: refused.
    ['1-0-2-0', /"1-0-2-0" makes one breath last 3 s, faster than calm resting breathing; one breath must last at least 4 s/],
    ['0.5-0.5-0.5-0.5', /makes one breath last 2 s/],
    ['1.5-2', /"1.5-2" makes one breath last 3.5 s/],
    ['2-0-2-0', null],
    ['2-2', null],
  ])('%j', (value, message) => {
    const result = parsePattern(value);
    if (message === null) expect('pattern' in result).toBe(true);
    else expect(error(result)).toMatch(message);
  });

  it('quotes hostile input as text (it is only ever shown as text)', () => {
    expect(error(parsePattern('<img src=x>'))).toContain('"<img src=x>"');
  });
});

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['5m', 300_000],
    ['5min', 300_000],
    ['5 min', 300_000],
    ['1m30s', 90_000],
    ['1m 30s', 90_000],
    ['2.5m', 150_000],
    ['45sec', 45_000],
    ['300', 300_000],
    [' 10M ', 600_000],
    ['60m', 3_600_000],
    ['0.5s', 500],
  ])('reads %j as %d ms', (value, ms) => {
    expect(parseDuration(value)).toEqual({ ms });
  });

  it.each([
    ['', /is not a length; use seconds or minutes/],
    ['soon', /"soon" is not a length/],
    ['5h', /is not a length/],
    ['m', /is not a length/],
    ['-5m', /is not a length/],
    ['0s', /is no time at all/],
    ['0', /is no time at all/],
    ['61m', /longer than the limit of 60 min/],
    ['3601', /longer than the limit/],
  ])('refuses %j', (value, message) => {
    expect(error(parseDuration(value))).toMatch(message);
  });
});

describe('parseCycles', () => {
  it.each([
    ['1', 1],
    ['4', 4],
    [' 12 ', 12],
    ['500', 500],
  ])('reads %j', (value, cycles) => {
    expect(parseCycles(value)).toEqual({ cycles });
  });

  it.each(['0', '501', '2.5', '-1', 'four', '', '1e2'])('refuses %j', (value) => {
    expect(error(parseCycles(value))).toMatch(/not a whole number of breaths from 1 to 500/);
  });
});

describe('readSettings (the element’s pattern, cycles and duration attributes)', () => {
  it('uses the named pattern and its default length when nothing else is set', () => {
    expect(readSettings('478')).toEqual({ pattern: namedPattern('478'), length: undefined, errors: [] });
    expect(readSettings(undefined).pattern.id).toBe('box');
    expect(readSettings('  ').pattern.id).toBe('box');
  });

  it('lets cycles win over duration, and accepts numbers set as properties', () => {
    expect(readSettings('box', '3', '5m').length).toEqual({ cycles: 3 });
    expect(readSettings('box', 3, undefined).length).toEqual({ cycles: 3 });
    expect(readSettings('box', '', '90s').length).toEqual({ durationMs: 90_000 });
  });

  it('refuses a custom pattern faster than calm resting breathing, naming `pattern`, and runs box', () => {
    const { pattern, errors } = readSettings('1-1-1-0');
    expect(pattern.id).toBe('box');
    expect(errors).toEqual([
      { attribute: 'pattern', message: expect.stringMatching(/one breath last 3 s.*at least 4 s.*Using "box"\./) },
    ]);
  });

  it('falls back to box for an invalid pattern, naming the attribute', () => {
    const { pattern, errors } = readSettings('4-x');
    expect(pattern.id).toBe('box');
    expect(errors).toEqual([
      { attribute: 'pattern', message: expect.stringMatching(/"4-x" has 2 parts|the exhale "x".*Using "box"\./) },
    ]);
  });

  it('reports each invalid length and falls back to the next one given, else the default', () => {
    const both = readSettings('box', 'many', 'forever');
    expect(both.errors.map((e) => e.attribute)).toEqual(['cycles', 'duration']);
    expect(both.length).toBeUndefined();
    const one = readSettings('box', 'many', '2m');
    expect(one.errors.map((e) => e.attribute)).toEqual(['cycles']);
    expect(one.length).toEqual({ durationMs: 120_000 });
  });
});
