import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LAYOUTS,
  SECTION_IDS,
  parseContent,
  parseHeadingLevel,
  parseLayout,
  parseOpen,
  parseReviewed,
  parseSections,
} from '../../../src/components/explainer/sections.js';

describe('parseSections', () => {
  it('shows every section, in the default order, when nothing is given', () => {
    for (const value of [undefined, null, '', '   ', ' , '])
      expect(parseSections(value)).toEqual({ ids: [...SECTION_IDS], unknown: [] });
  });
  it('keeps the given order, ignores case, commas and repeats', () => {
    expect(parseSections('integration DMN, plasticity dmn')).toEqual({ ids: ['integration', 'dmn', 'plasticity'], unknown: [] });
  });
  it('returns unknown ids apart, as written, and keeps the valid ones', () => {
    expect(parseSections('dmn brain window Gaps')).toEqual({ ids: ['dmn', 'window'], unknown: ['brain', 'Gaps'] });
  });
  it('falls back to every section when none is valid', () => {
    expect(parseSections('foo bar')).toEqual({ ids: [...SECTION_IDS], unknown: ['foo', 'bar'] });
  });
  it('never returns an unknown or repeated id (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...SECTION_IDS), fc.string())), (tokens) => {
        const { ids } = parseSections(tokens.join(' '));
        expect(ids.length).toBeGreaterThan(0);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(SECTION_IDS).toContain(id);
      }),
    );
  });
});

describe('parseHeadingLevel', () => {
  it.each([
    [undefined, 2],
    [null, 2],
    ['', 2],
    ['2', 2],
    ['3', 3],
    [4, 4],
    ['6', 6],
  ])('%s → %s without error', (value, level) => {
    expect(parseHeadingLevel(value)).toEqual({ level });
  });
  it.each(['1', '7', '0', '2.5', 'h3', 'three', '-2', 9])('refuses %s, naming it, and falls back to 2', (value) => {
    const result = parseHeadingLevel(value);
    expect(result.level).toBe(2);
    expect(result.error).toContain(`"${value}"`);
    expect(result.error).toContain('2 to 6');
  });
});

describe('parseLayout', () => {
  it.each(LAYOUTS)('accepts %s in any case', (layout) => {
    expect(parseLayout(` ${layout.toUpperCase()} `)).toEqual({ layout });
  });
  it.each([undefined, null, '', 'auto', 'AUTO'])('lets the width decide for %s', (value) => {
    expect(parseLayout(value)).toEqual({});
  });
  it('refuses anything else, listing the choices', () => {
    const { layout, error } = parseLayout('grid');
    expect(layout).toBeUndefined();
    expect(error).toContain('"grid"');
    for (const l of LAYOUTS) expect(error).toContain(l);
  });
});

describe('parseOpen', () => {
  it('accepts a shown section, in any case', () => {
    expect(parseOpen(' DMN ', ['gap', 'dmn'])).toEqual({ id: 'dmn' });
  });
  it('is empty when not given', () => {
    expect(parseOpen(undefined, ['gap'])).toEqual({});
    expect(parseOpen('', ['gap'])).toEqual({});
  });
  it('refuses an unknown or hidden section, listing the shown ones', () => {
    expect(parseOpen('window', ['gap', 'dmn']).error).toBe('"window" is not one of the shown sections ("gap", "dmn").');
    expect(parseOpen('nope', [...SECTION_IDS]).error).toContain('"nope"');
  });
});

describe('parseReviewed', () => {
  it('accepts a real date written YYYY-MM-DD', () => {
    expect(parseReviewed('2025-03-01').date?.toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(parseReviewed('2024-02-29').date).toBeDefined();
  });
  it('is empty when not given', () => {
    expect(parseReviewed(undefined)).toEqual({});
    expect(parseReviewed('  ')).toEqual({});
  });
  it.each(['2025-02-30', '2023-02-29', '03/01/2025', '2025-3-1', 'March 2025', '2025-13-01'])('refuses %s', (value) => {
    const result = parseReviewed(value);
    expect(result.date).toBeUndefined();
    expect(result.error).toContain('YYYY-MM-DD');
  });
});

describe('parseContent', () => {
  it('is empty, without errors, when nothing is given', () => {
    for (const value of [undefined, null, '']) expect(parseContent(value)).toEqual({ content: {}, errors: [] });
  });
  it('keeps valid headings and takeaways, trimmed', () => {
    expect(parseContent({ dmn: { heading: ' Your brain at rest ', takeaway: 'Calmer.' }, gap: {} })).toEqual({
      content: { dmn: { heading: 'Your brain at rest', takeaway: 'Calmer.' } },
      errors: [],
    });
  });
  it('parses JSON from the attribute', () => {
    expect(parseContent('{"window":{"takeaway":"Practice helps."}}').content).toEqual({
      window: { takeaway: 'Practice helps.' },
    });
  });
  it('names invalid JSON', () => {
    expect(parseContent('{dmn:')).toEqual({ content: {}, errors: [{ attribute: 'content', message: 'is not valid JSON.' }] });
  });
  it.each([[[]], [42], ['"text"'], [true]])('refuses %j as a whole', (value) => {
    const { content, errors } = parseContent(value);
    expect(content).toEqual({});
    expect(errors).toHaveLength(1);
    expect(errors[0]!.attribute).toBe('content');
  });
  it('names the path of each invalid entry and keeps the valid ones', () => {
    const { content, errors } = parseContent({
      dmn: { heading: 5, takeaway: 'Kept.' },
      brain: { heading: 'x' },
      gap: 'Heading',
      window: { title: 'x', heading: '   ' },
    });
    expect(content).toEqual({ dmn: { takeaway: 'Kept.' } });
    expect(errors.map((e) => e.attribute)).toEqual([
      'content.dmn.heading',
      'content.brain',
      'content.gap',
      'content.window.title',
      'content.window.heading',
    ]);
    expect(errors[0]!.message).toBe('must be non-empty text.');
    expect(errors[1]!.message).toContain('"gap"');
    expect(errors[3]!.message).toContain('"heading", "takeaway"');
  });
});

describe('parseContent never throws: overrides it cannot read are named, and the rest kept', () => {
  const boom = () => {
    throw new Error('hostile');
  };
  const getter = (key: string, rest: object = {}) => Object.defineProperty({ ...rest }, key, { enumerable: true, get: boom });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const kept = { dmn: { takeaway: 'Kept.' } };

  it.each([
    ['a section behind a throwing getter', getter('gap', kept), 'content.gap', kept],
    ['a field behind a throwing getter', { dmn: getter('heading', { takeaway: 'Kept.' }) }, 'content.dmn.heading', kept],
    ['a Proxy whose keys throw', new Proxy(kept, { ownKeys: boom }), 'content', {}],
    ['a Proxy whose reads throw', new Proxy({ dmn: {} }, { get: boom }), 'content.dmn', {}],
    ['a revoked Proxy', revoked.proxy, 'content', {}],
    ['a section that is a revoked Proxy', { ...kept, gap: revoked.proxy }, 'content.gap', kept],
    ['a section that is a throwing Proxy', { ...kept, window: new Proxy({}, { ownKeys: boom }) }, 'content.window', kept],
  ] as [string, unknown, string, object][])('%s', (_, value, attribute, content) => {
    let parsed: ReturnType<typeof parseContent> | undefined;
    expect(() => (parsed = parseContent(value))).not.toThrow();
    expect(parsed).toEqual({ content, errors: [{ attribute, message: expect.stringMatching(/could not be read/) }] });
  });
});

describe('settings set from script to a value of the wrong kind', () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const boom = () => {
    throw new Error('hostile');
  };
  const throwing = new Proxy({}, { get: boom });

  it('reads a list of sections as it prints, and a number as a heading level', () => {
    expect(parseSections(['dmn', 'gap'])).toEqual({ ids: ['dmn', 'gap'], unknown: [] });
    expect(parseHeadingLevel(3)).toEqual({ level: 3 });
  });

  it.each([
    ['an object', {}, '[object Object]'],
    ['a Proxy that throws', throwing, '(a value that cannot be read as text)'],
    ['a revoked Proxy', revoked.proxy, '(a value that cannot be read as text)'],
    ['a symbol', Symbol('tabs'), 'Symbol(tabs)'],
  ])('names %s as what it reads as, and never throws', (_, value, shown) => {
    expect(parseSections(value).ids).toEqual([...SECTION_IDS]);
    expect(parseHeadingLevel(value)).toEqual({ level: 2, error: `"${shown}" is not a heading level from 2 to 6; using 2.` });
    expect(parseLayout(value).error).toBe(`"${shown}" is not one of "tabs", "accordion", "stack"; choosing by width.`);
    expect(parseOpen(value, ['dmn']).error).toBe(`"${shown}" is not one of the shown sections ("dmn").`);
    expect(parseReviewed(value).error).toBe(`"${shown}" is not a date written YYYY-MM-DD.`);
  });
});
