// Property-based fuzzing (fast-check) of every parser and validator: arbitrary input never throws (except the
// RangeError the scoring functions document), and is either accepted or reported as a named error (an
// attribute or path, and a message). Every `parse*`, `validate*` and `check*` exported from src/index.ts is
// picked up by name, so a new element's parsers join on their own; the known ones have sharper properties below.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import {
  CONTENT_FIELDS,
  DEFAULT_RULES,
  DIAGNOSES,
  GAD7_BANDS,
  HEALTH_ITEMS,
  RULE_ACTIONS,
  RULE_IDS,
  SECTION_IDS,
  THEMES,
  TREATMENTS,
  MAX_CYCLES,
  MAX_PHASE_S,
  MAX_SESSION_MS,
  MIN_PHASE_S,
  checkSafeUrl,
  matchLocale,
  parseClinicAttributes,
  parseContent,
  parseCycles,
  parseDuration,
  parsePattern,
  parseRegions,
  parseRules,
  parseSections,
  patternByName,
  phoneHref,
  readSettings,
  validateAnswers,
} from '../../src/index.js';
import { parseHeadingLevel, parseLayout, parseOpen, parseReviewed } from '../../src/components/explainer/sections.js';
import { sectionFromHash } from '../../src/components/explainer/section-selection.js';
import { MIN_CYCLE_S } from '../../src/components/breathwork-timer/patterns.js';
import {
  notPlain,
  real,
  sometimesThrowingGetter,
  ThrowingGetter,
  unreadable as unreadableArbitrary,
  Unreadable,
} from './hostile-objects.js';

const RUNS = { numRuns: 400 };

/** Any text: short and long, ASCII, any Unicode, and pieces that mean something to these parsers. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'0123456789.-+ msecin:/\\\t\n(),#'.split('')), maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '-',
    '--',
    '.',
    '0',
    '-0',
    '1e309',
    'NaN',
    'Infinity',
    '__proto__',
    'constructor',
    'toString',
    '{}',
    '[]',
    'null',
  ),
  fc.json(),
);
/** Anything at all: what a property set from JavaScript may hold. */
const anything = fc.oneof(
  text,
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }),
);

type Fn = (...args: unknown[]) => unknown;
/** Parsers that document taking any value (JSON, or a property set from script); the rest take text. */
const TAKES_ANYTHING = new Set(['parseContent', 'parseRules', 'validateAnswers', 'readSettings']);
/** Parsers that take an object, or any value: what a script sets may throw when read. */
const TAKES_OBJECTS = new Set([...TAKES_ANYTHING, 'parseClinicAttributes']);

/** Problems with how a result reports: errors must name what is wrong and say why. */
function reportProblems(result: unknown): string[] {
  const problems: string[] = [];
  if (result === undefined || result === null) return ['returned nothing'];
  if (typeof result !== 'object') return problems;
  const r = result as Record<string, unknown>;
  if ('error' in r) {
    if (typeof r.error !== 'string' || !r.error.trim()) problems.push(`error is not a message: ${JSON.stringify(r.error)}`);
    if (Object.keys(r).length !== 1) problems.push(`both accepted and refused: ${Object.keys(r).join(', ')}`);
  }
  if ('errors' in r) {
    if (!Array.isArray(r.errors)) problems.push('errors is not a list');
    else
      for (const e of r.errors as Record<string, unknown>[]) {
        const name = e?.attribute ?? e?.path ?? e?.key;
        if (typeof name !== 'string' || !name) problems.push(`an error names no attribute or path: ${JSON.stringify(e)}`);
        if (typeof e?.message !== 'string' || !e.message.trim()) problems.push(`an error has no message: ${JSON.stringify(e)}`);
      }
  }
  return problems;
}

describe('every exported parse*, validate* and check* function (found by name)', () => {
  const found = Object.entries(api).filter(
    ([name, value]) => typeof value === 'function' && /^(parse|validate|check)[A-Z]/.test(name),
  ) as [string, Fn][];

  it('finds them', () => {
    expect(found.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'checkSafeUrl',
        'parseClinicAttributes',
        'parseRegions',
        'parseContent',
        'parseSections',
        'parsePattern',
        'parseDuration',
        'parseCycles',
      ]),
    );
  });

  it.each(found)('%s never throws and reports what it refuses by name', (name, fn) => {
    const arg = TAKES_ANYTHING.has(name) ? anything : text;
    fc.assert(
      fc.property(fc.array(arg, { minLength: Math.max(fn.length, 1), maxLength: Math.max(fn.length, 1) }), (args) => {
        expect(reportProblems(fn(...args))).toEqual([]);
      }),
      RUNS,
    );
  });

  it.each(found.filter(([name]) => TAKES_OBJECTS.has(name)))(
    '%s never throws on what a script may set: cycles, getters and Proxies that throw',
    (_name, fn) => {
      const key = fc.oneof(
        fc.string(),
        fc.constantFrom('name', 'phone', 'bookingUrl', 'endpoint', 'lang', 'minAge', 'actions', 'age', 'gad7', 'health', 'dmn'),
      );
      const object = fc.dictionary(key, fc.oneof(anything, unreadableArbitrary(key)), { maxKeys: 4 });
      const hostile = fc.oneof(unreadableArbitrary(key), sometimesThrowingGetter(object, key));
      fc.assert(
        fc.property(fc.array(hostile, { minLength: Math.max(fn.length, 1), maxLength: Math.max(fn.length, 1) }), (args) => {
          expect(reportProblems(fn(...args.map(real)))).toEqual([]);
        }),
        RUNS,
      );
    },
  );

  const scorers = Object.entries(api).filter(([name, value]) => typeof value === 'function' && /^score[A-Z]/.test(name)) as [
    string,
    Fn,
  ][];
  it.runIf(scorers.length > 0).each(scorers)(
    '%s returns a score or throws its documented RangeError, nothing else',
    (_name, fn) => {
      fc.assert(
        fc.property(
          fc.oneof(anything, fc.array(fc.oneof(fc.integer({ min: -2, max: 5 }), anything), { maxLength: 12 })),
          (input) => {
            try {
              expect(fn(input)).toBeDefined();
            } catch (error) {
              expect(error).toBeInstanceOf(RangeError);
              expect((error as Error).message).not.toBe('');
            }
          },
        ),
        RUNS,
      );
    },
  );
});

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

describe('clinic settings', () => {
  it('checkSafeUrl accepts only https (and http on loopback), and never javascript:, data: or vbscript:', () => {
    const scheme = fc.constantFrom(
      'javascript',
      'JavaScript',
      'data',
      'vbscript',
      'file',
      'ftp',
      'http',
      'https',
      'blob',
      'about',
    );
    const sneaky = fc
      .tuple(fc.constantFrom('', ' ', '\t', '\n', '\u0000'), scheme, fc.constantFrom(':', ':/', '://'), text)
      .map(([pre, s, sep, rest]) => pre + s + sep + rest);
    fc.assert(
      fc.property(fc.oneof(text, sneaky, fc.webUrl()), (value) => {
        const result = checkSafeUrl(value);
        if ('url' in result) {
          const url = new URL(result.url);
          expect(url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)), result.url).toBe(true);
        } else {
          expect(result.error).toMatch(/\S/);
        }
        // eslint-disable-next-line no-control-regex -- a NUL before the scheme is part of the attack
        if (/^(javascript|data|vbscript):/i.test(value.replace(/[\s\u0000]/g, ''))) expect('error' in result).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'] }), (url) => {
        expect(checkSafeUrl(url)).toEqual({ url: new URL(url).href });
      }),
      RUNS,
    );
  });

  it('parseRegions keeps valid ISO 3166 codes once, upper-cased, and names every other token', () => {
    const code = fc.stringMatching(/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/);
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          fc.array(fc.oneof(code, text), { maxLength: 6 }).map((t) => t.join(' ')),
        ),
        (value) => {
          const { regions, invalid } = parseRegions(value);
          for (const r of regions) expect(r).toMatch(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/);
          expect(new Set(regions).size).toBe(regions.length);
          for (const token of value.split(/[\s,]+/).filter(Boolean))
            expect(regions.includes(token.toUpperCase()) || invalid.includes(token), token).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('phoneHref gives a tel: link of digits, or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.stringMatching(/^\+?[\d\s().-]{0,20}$/)), (value) => {
        const href = phoneHref(value);
        if (href !== undefined) expect(href).toMatch(/^tel:\+?\d{3,}$/);
      }),
      RUNS,
    );
  });

  it('parseClinicAttributes keeps valid settings and names each invalid attribute', () => {
    const value = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.oneof(arb, arb, anything));
    const raw = fc.record(
      {
        name: fc.option(text),
        phone: value(text),
        bookingUrl: value(fc.oneof(text, fc.webUrl())),
        endpoint: value(fc.oneof(text, fc.webUrl())),
        regions: value(text),
        lang: value(fc.oneof(text, fc.constantFrom('en', 'es-MX', 'zh-Hant-TW'))),
        theme: value(fc.oneof(text, fc.constantFrom(...THEMES))),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(raw, (attributes) => {
        const { settings, errors } = parseClinicAttributes(attributes as Parameters<typeof parseClinicAttributes>[0]);
        expect(reportProblems({ errors })).toEqual([]);
        const named = new Set(errors.map((e) => e.attribute));
        for (const e of named) expect(['phone', 'booking-url', 'endpoint', 'regions', 'lang', 'theme']).toContain(e);
        for (const [key, attribute] of [
          ['bookingUrl', 'booking-url'],
          ['endpoint', 'endpoint'],
          ['phone', 'phone'],
          ['lang', 'lang'],
          ['theme', 'theme'],
        ] as const) {
          const value = attributes[key];
          if (typeof value === 'string' && value.trim())
            expect(settings[key] !== undefined || named.has(attribute), attribute).toBe(true);
        }
        if (settings.bookingUrl) expect(checkSafeUrl(settings.bookingUrl)).toEqual({ url: settings.bookingUrl });
        if (settings.endpoint) expect(checkSafeUrl(settings.endpoint)).toEqual({ url: settings.endpoint });
        if (settings.theme) expect(THEMES).toContain(settings.theme);
      }),
      RUNS,
    );
  });

  it('parseClinicAttributes names each attribute it cannot read, and keeps the others', () => {
    const attribute = fc.constantFrom('name', 'phone', 'bookingUrl', 'endpoint', 'regions', 'lang', 'theme');
    const attributes = fc.record({ phone: fc.constant('555 010 2000'), lang: fc.constant('es') });
    fc.assert(
      fc.property(sometimesThrowingGetter(attributes, attribute), (generated) => {
        const { settings, errors } = parseClinicAttributes(real(generated) as Parameters<typeof parseClinicAttributes>[0]);
        const unreadable = Object.values(generated).flatMap((v) =>
          v instanceof ThrowingGetter ? [v.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)] : [],
        );
        expect(errors).toEqual(
          unreadable.map((name) => ({ attribute: name, message: expect.stringMatching(/could not be read/) })),
        );
        if (!unreadable.includes('phone')) expect(settings.phone).toBe('555 010 2000');
        if (!unreadable.includes('lang')) expect(settings.lang).toBe('es');
      }),
      RUNS,
    );
    for (const input of [null, undefined, new Unreadable('proxy').make(), new Unreadable('revoked').make()])
      expect(reportProblems(parseClinicAttributes(input as never))).toEqual([]);
  });

  it('matchLocale returns one of the available languages, or nothing', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.oneof(fc.constantFrom('en', 'es', 'es-mx', 'pt-br'), fc.string()), { maxLength: 5 }),
        (requested, available) => {
          const match = matchLocale(requested, available);
          if (match !== undefined) expect(available).toContain(match);
        },
      ),
      RUNS,
    );
  });
});

describe('<kc-explainer> parsers', () => {
  const section = fc.constantFrom(...SECTION_IDS);

  it('parseSections shows known sections once, in order given, and every section when none is valid', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          fc.array(fc.oneof(section, text), { maxLength: 8 }).map((t) => t.join(' ')),
        ),
        (value) => {
          const { ids, unknown } = parseSections(value);
          expect(ids.length).toBeGreaterThan(0);
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ids) expect(SECTION_IDS).toContain(id);
          for (const u of unknown) expect(SECTION_IDS).not.toContain(u.toLowerCase());
        },
      ),
      RUNS,
    );
  });

  it('parseContent keeps non-empty text for known sections and fields, and names every other path', () => {
    const override = fc.dictionary(
      fc.oneof(section, fc.string()),
      fc.oneof(anything, fc.dictionary(fc.oneof(fc.constantFrom(...CONTENT_FIELDS), fc.string()), anything)),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          anything,
          override,
          fc.jsonValue().map((o) => JSON.stringify(o)),
        ),
        (value) => {
          const { content, errors } = parseContent(value);
          expect(reportProblems({ errors })).toEqual([]);
          for (const e of errors) expect(e.attribute).toMatch(/^content(\.|$)/);
          for (const [id, fields] of Object.entries(content)) {
            expect(SECTION_IDS).toContain(id);
            for (const [field, t] of Object.entries(fields!)) {
              expect(CONTENT_FIELDS).toContain(field);
              expect(typeof t === 'string' && t === t.trim() && t.length > 0).toBe(true);
            }
          }
        },
      ),
      RUNS,
    );
  });

  it('parseContent never throws on what a script may set: getters and Proxies that throw are named under content', () => {
    const field = fc.constantFrom(...CONTENT_FIELDS);
    const text = fc.oneof(anything, unreadableArbitrary(field), fc.constantFrom('A heading', ' Calmer. '));
    const fields = sometimesThrowingGetter(fc.dictionary(fc.oneof(field, fc.string()), text, { maxKeys: 3 }), field);
    const sections = fc.dictionary(fc.oneof(section, fc.string()), fc.oneof(fields, unreadableArbitrary(field), anything), {
      maxKeys: 4,
    });
    fc.assert(
      fc.property(fc.oneof(unreadableArbitrary(section), sometimesThrowingGetter(sections, section)), (generated) => {
        const { content, errors } = parseContent(real(generated));
        expect(reportProblems({ errors })).toEqual([]);
        for (const e of errors) expect(e.attribute).toMatch(/^content(\.|$)/);
        expect(notPlain(content, 'content')).toEqual([]);
        for (const [id, texts] of Object.entries(content)) {
          expect(SECTION_IDS).toContain(id);
          for (const [name, t] of Object.entries(texts!))
            expect(CONTENT_FIELDS.includes(name as never) && t === t.trim() && t.length > 0).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('heading-level, layout, open, reviewed and #kc- links: a value or an error, never both, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.integer(), fc.double()), text, fc.subarray([...SECTION_IDS]), (value, s, shown) => {
        const level = parseHeadingLevel(value);
        expect(level.level >= 2 && level.level <= 6 && Number.isInteger(level.level)).toBe(true);
        for (const r of [parseLayout(s), parseOpen(s, shown), parseReviewed(s)]) {
          expect(reportProblems(r)).toEqual([]);
          expect(Object.keys(r).length).toBeLessThanOrEqual(1);
        }
        const reviewed = parseReviewed(s);
        if (reviewed.date) expect(reviewed.date.toISOString().slice(0, 10)).toBe(s.trim());
        const id = sectionFromHash(s, shown);
        if (id) expect(shown).toContain(id);
      }),
      RUNS,
    );
  });
});

describe('<kc-explainer> settings set from script to anything', () => {
  it('sections, heading-level, layout, open and reviewed never throw on a value of the wrong kind, and name it', () => {
    const value = fc.oneof(anything, unreadableArbitrary(fc.constantFrom('toString', 'valueOf')));
    fc.assert(
      fc.property(value, fc.subarray([...SECTION_IDS], { minLength: 1 }), (generated, shown) => {
        const v = real(generated);
        const { ids } = parseSections(v);
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) expect(SECTION_IDS).toContain(id);
        const level = parseHeadingLevel(v);
        expect(level.level >= 2 && level.level <= 6 && Number.isInteger(level.level)).toBe(true);
        if (level.error) expect(level.error).toMatch(/^".*" is not /s);
        for (const r of [parseLayout(v), parseOpen(v, shown), parseReviewed(v)]) {
          expect(reportProblems(r)).toEqual([]);
          if (r.error) expect(r.error).toMatch(/^".*" is not /s);
        }
      }),
      RUNS,
    );
  });
});

describe('<kc-eligibility-check> parsers', () => {
  const unreadable = unreadableArbitrary();
  const value = fc.oneof(
    anything,
    unreadable,
    fc.integer({ min: -1, max: 130 }),
    fc.constantFrom(...GAD7_BANDS, ...RULE_ACTIONS, 'US-CA'),
  );
  const actions = fc.dictionary(fc.oneof(fc.constantFrom(...RULE_IDS, 'selfHarm'), fc.string()), value, { maxKeys: 4 });
  const setting = fc.constantFrom('minAge', 'regions', 'candidateBand', 'minTrials', 'actions');
  const ruleSet = fc.dictionary(fc.oneof(setting, fc.string()), fc.oneof(value, actions, fc.array(value, { maxLength: 3 })), {
    maxKeys: 5,
  });
  /** A rule set, sometimes with one setting behind a getter that throws. */
  const hostileRuleSet = sometimesThrowingGetter(ruleSet, setting);

  it('parseRules never throws: a complete, valid rule set with no errors, or no rules and errors named under rules', () => {
    fc.assert(
      fc.property(fc.oneof(anything, unreadable, hostileRuleSet), (generated) => {
        const parsed = parseRules(real(generated));
        expect(reportProblems(parsed)).toEqual([]);
        if (parsed.rules) {
          expect(parsed.errors).toEqual([]);
          expect(Number.isInteger(parsed.rules.minAge) && parsed.rules.minAge >= 0 && parsed.rules.minAge <= 120).toBe(true);
          expect(GAD7_BANDS).toContain(parsed.rules.candidateBand);
          expect([0, 1, 2]).toContain(parsed.rules.minTrials);
          expect(Object.keys(parsed.rules.actions).sort()).toEqual(Object.keys(DEFAULT_RULES.actions).sort());
          for (const action of Object.values(parsed.rules.actions)) expect(RULE_ACTIONS).toContain(action);
        } else {
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const e of parsed.errors) expect(e.path).toMatch(/^rules(\.|$)/);
        }
      }),
      RUNS,
    );
  });

  it('validateAnswers never throws: plain copies of the valid answers, and every other one named under answers', () => {
    const answerKey = fc.constantFrom(
      'age',
      'region',
      'pregnant',
      'prescriber',
      'difficulty',
      'trials',
      'diagnoses',
      'treatments',
      'gad7',
      'phq9',
      'health',
    );
    const answer = fc.oneof(value, fc.constantFrom(0, 1, 2, 3, null, true, false, 'other', ...DIAGNOSES, ...TREATMENTS));
    const scale = fc.oneof(...[7, 9].map((length) => fc.array(answer, { minLength: length, maxLength: length })));
    const health = sometimesThrowingGetter(
      fc.dictionary(fc.oneof(fc.constantFrom(...HEALTH_ITEMS), fc.string()), answer, { maxKeys: 4 }),
      fc.constantFrom(...HEALTH_ITEMS),
    );
    const answers = fc.dictionary(
      fc.oneof(answerKey, fc.string()),
      fc.oneof(answer, scale, health, fc.array(answer, { maxLength: 3 })),
      { maxKeys: 6 },
    );
    fc.assert(
      fc.property(fc.oneof(anything, unreadable, sometimesThrowingGetter(answers, answerKey)), (generated) => {
        const checked = validateAnswers(real(generated));
        expect(reportProblems(checked)).toEqual([]);
        for (const e of checked.errors) expect(e.path).toMatch(/^answers(\.|$)/);
        expect(notPlain(checked.answers, 'answers')).toEqual([]);
        // What was kept is valid as it is.
        expect(validateAnswers(structuredClone(checked.answers))).toEqual({ answers: checked.answers, errors: [] });
      }),
      RUNS,
    );
  });
});

describe('<kc-breathwork-timer> parsers', () => {
  const seconds = fc.oneof(
    fc.constantFrom('0', '0.5', '4', '5.5', '60', '60.5', '0.4', '.5', '4.', '-1', ''),
    fc.double({ min: 0, max: 80, noNaN: true }).map(String),
  );
  const custom = fc.array(seconds, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('-'));

  it('parsePattern: a pattern whose phases are all in range, or an error; and it agrees with the rules as written', () => {
    fc.assert(
      fc.property(fc.oneof(text, custom, fc.constantFrom('box', 'BOX', '4-7-8', '478', 'coherent', 'sigh')), (value) => {
        const result = parsePattern(value);
        expect(reportProblems(result)).toEqual([]);
        if (!('pattern' in result)) return;
        const { pattern } = result;
        expect(pattern.cycleMs).toBeGreaterThan(0);
        for (const step of pattern.steps) expect(step.ms).toBeGreaterThan(0);
        if (pattern.name !== 'custom') return;
        // Never faster than calm resting breathing (a breath under 4 s).
        expect(pattern.cycleMs).toBeGreaterThanOrEqual(MIN_CYCLE_S * 1000);
        const parts = value.split('-').map((p) => p.trim());
        expect(parts.length >= 2 && parts.length <= 4).toBe(true);
        for (const p of parts) {
          const n = Number(p);
          expect(n === 0 || (n >= MIN_PHASE_S && n <= MAX_PHASE_S), p).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('parseDuration: more than 0 and at most an hour, or an error', () => {
    const written = fc
      .tuple(fc.option(fc.double({ min: 0, max: 90, noNaN: true })), fc.option(fc.double({ min: 0, max: 5000, noNaN: true })))
      .map(([m, s]) => `${m === null ? '' : `${m}m`}${s === null ? '' : `${s}s`}`);
    fc.assert(
      fc.property(fc.oneof(text, written), (value) => {
        const result = parseDuration(value);
        expect(reportProblems(result)).toEqual([]);
        if ('ms' in result) expect(result.ms > 0 && result.ms <= MAX_SESSION_MS && Number.isInteger(result.ms)).toBe(true);
      }),
      RUNS,
    );
  });

  it('parseCycles: a whole number from 1 to the limit, or an error', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.integer({ min: -10, max: MAX_CYCLES + 10 }).map(String)), (value) => {
        const result = parseCycles(value);
        expect(reportProblems(result)).toEqual([]);
        if ('cycles' in result)
          expect(Number.isInteger(result.cycles) && result.cycles >= 1 && result.cycles <= MAX_CYCLES).toBe(true);
      }),
      RUNS,
    );
  });

  it('patternByName and readSettings: always a pattern to breathe with, errors named pattern, cycles or duration', () => {
    const value = fc.oneof(
      anything,
      fc.constant(Symbol('no text')),
      fc.constant(Object.create(null)),
      unreadableArbitrary(fc.constantFrom('toString', 'valueOf')),
    );
    fc.assert(
      fc.property(value, value, value, (...generated) => {
        const [pattern, cycles, duration] = generated.map(real);
        if (typeof pattern === 'string') {
          const named = patternByName(pattern);
          if (named) expect(named.name).not.toBe('custom');
        }
        const settings = readSettings(pattern, cycles, duration);
        expect(settings.pattern.cycleMs).toBeGreaterThan(0);
        expect(reportProblems(settings)).toEqual([]);
        for (const e of settings.errors) expect(['pattern', 'cycles', 'duration']).toContain(e.attribute);
      }),
      RUNS,
    );
  });
});
