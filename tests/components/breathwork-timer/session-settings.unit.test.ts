// Reading the session a timer's attributes ask for, with and without the settings reader, and the `announce` switch.
import { describe, expect, it } from 'vitest';
import * as reader from '../../../src/components/breathwork-timer/parse.js';
import { needsSettingsReader, readAnnounce, sessionSettings } from '../../../src/components/breathwork-timer/session-settings.js';

describe('needsSettingsReader: when the reader of custom patterns and lengths must load', () => {
  it('is not needed for a named pattern at its default length', () => {
    for (const pattern of ['box', '478', 'coherent', 'sigh']) expect(needsSettingsReader({ pattern }), pattern).toBe(false);
  });

  it('is needed for anything else: a custom or misspelt pattern, `cycles`, `duration`, a value set from script', () => {
    expect(needsSettingsReader({ pattern: '4-2-6-0' })).toBe(true);
    expect(needsSettingsReader({ pattern: 'Box' })).toBe(true);
    expect(needsSettingsReader({ pattern: 'box', cycles: '3' })).toBe(true);
    expect(needsSettingsReader({ pattern: 'box', duration: '90s' })).toBe(true);
    expect(needsSettingsReader({ pattern: ['box'] })).toBe(true);
  });
});

describe('sessionSettings: the session the attributes ask for', () => {
  it('plays a named pattern at its default length without the reader (4 breaths of 4-7-8, 5 minutes of box)', () => {
    expect(sessionSettings({ pattern: '478' }, undefined)).toEqual({
      plan: { pattern: expect.objectContaining({ id: '478' }), cycles: 4, totalMs: 76_000 },
      errors: [],
    });
    expect(sessionSettings({ pattern: 'box' }, undefined).plan).toMatchObject({ cycles: 19, totalMs: 304_000 });
  });

  it('plays box, naming nothing, for what it cannot read without the reader (it could not load)', () => {
    expect(sessionSettings({ pattern: '4-2-6-0', cycles: '3' }, undefined)).toEqual({
      plan: { pattern: expect.objectContaining({ id: 'box' }), cycles: 19, totalMs: 304_000 },
      errors: [],
    });
  });

  it('with the reader, plays a custom pattern and length, and names what was wrong', () => {
    expect(sessionSettings({ pattern: '4-2-6-0', cycles: '3' }, reader).plan).toMatchObject({
      pattern: { id: '4-2-6-0' },
      cycles: 3,
      totalMs: 36_000,
    });
    const wrong = sessionSettings({ pattern: '4-x', duration: 'forever' }, reader);
    expect(wrong.plan.pattern.id).toBe('box');
    expect(wrong.errors.map((error) => error.attribute)).toEqual(['pattern', 'duration']);
  });
});

describe('readAnnounce: the announcement switch', () => {
  it('follows true and false, and is on when unset', () => {
    expect(readAnnounce(true)).toEqual({ announcing: true, errors: [] });
    expect(readAnnounce(false)).toEqual({ announcing: false, errors: [] });
    expect(readAnnounce(undefined)).toEqual({ announcing: true, errors: [] });
    expect(readAnnounce(null)).toEqual({ announcing: true, errors: [] });
  });

  it.each([
    [0, 'a number'],
    ['no', 'text'],
    [[], 'a list'],
    [{}, 'an object'],
  ])('stays on when set to %j from script, naming `announce` as %s', (value, kind) => {
    expect(readAnnounce(value)).toEqual({
      announcing: true,
      errors: [{ attribute: 'announce', message: `was set to ${kind}, not true or false; announcements stay on.` }],
    });
  });
});
