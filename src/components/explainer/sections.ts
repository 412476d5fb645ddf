import type { ConfigError } from '../../shared/config-errors.js';
import { readableEntries, UNREADABLE } from '../../shared/readable-entries.js';

/** The explainer's sections, in their default order. */
export const SECTION_IDS = ['gap', 'dmn', 'plasticity', 'window', 'insight', 'integration'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** How the sections are laid out. With none set, the explainer shows tabs when wide and an accordion when narrow. */
export const LAYOUTS = ['tabs', 'accordion', 'stack'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The texts a clinic may replace in a section through the `content` property. */
export const CONTENT_FIELDS = ['heading', 'takeaway'] as const;
export type SectionOverride = Partial<Record<(typeof CONTENT_FIELDS)[number], string>>;
export type ContentOverrides = Partial<Record<SectionId, SectionOverride>>;

const isIn = <T extends string>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);

const quoted = (list: readonly string[]) => list.map((s) => `"${s}"`).join(', ');

/** What a setting that is neither text nor a number reads as (an object whose conversion to text throws). */
const NOT_TEXT = '(a value that cannot be read as text)';

/**
 * A setting as text: as set from script it may be anything. Numbers and arrays read as they print (`['dmn', 'gap']`
 * as `dmn,gap`); `null` and `undefined` are unset; a value whose conversion throws (a Proxy) reads as NOT_TEXT.
 */
function textOf(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  try {
    return String(value);
  } catch {
    return NOT_TEXT;
  }
}

/**
 * The sections to show, in the order given (`"dmn plasticity integration"`).
 * Unknown ids are returned apart so the element can warn about them; when
 * nothing valid is left, every section is shown.
 */
export function parseSections(value: unknown): { ids: SectionId[]; unknown: string[] } {
  const ids: SectionId[] = [];
  const unknown: string[] = [];
  const text = textOf(value) ?? '';
  if (text === NOT_TEXT) return { ids: [...SECTION_IDS], unknown: [text] };
  for (const token of text.split(/[\s,]+/)) {
    const id = token.toLowerCase();
    if (!token) continue;
    if (!isIn(SECTION_IDS, id)) unknown.push(token);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids: ids.length ? ids : [...SECTION_IDS], unknown };
}

/** `heading-level`: 2 to 6, default 2. Anything else falls back to 2 with an error. */
export function parseHeadingLevel(value: unknown): { level: number; error?: string } {
  const text = textOf(value);
  if (text === undefined || text === '') return { level: 2 };
  const level = Number(text);
  return Number.isInteger(level) && level >= 2 && level <= 6
    ? { level }
    : { level: 2, error: `"${text}" is not a heading level from 2 to 6; using 2.` };
}

/** `layout`: one of LAYOUTS; empty or `auto` lets the width decide. */
export function parseLayout(value: unknown): { layout?: Layout; error?: string } {
  const text = textOf(value);
  const layout = text?.trim().toLowerCase();
  if (!layout || layout === 'auto') return {};
  return isIn(LAYOUTS, layout) ? { layout } : { error: `"${text}" is not one of ${quoted(LAYOUTS)}; choosing by width.` };
}

/** `open`: the id of a shown section. */
export function parseOpen(value: unknown, shown: readonly SectionId[]): { id?: SectionId; error?: string } {
  const text = textOf(value);
  const id = text?.trim().toLowerCase();
  if (!id) return {};
  return isIn(shown, id) ? { id } : { error: `"${text}" is not one of the shown sections (${quoted(shown)}).` };
}

/** `reviewed`: a calendar date written YYYY-MM-DD. */
export function parseReviewed(value: unknown): { date?: Date; error?: string } {
  const written = textOf(value);
  const text = written?.trim();
  if (!text) return {};
  const date = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && date.getTime() && date.toISOString().startsWith(text)
    ? { date }
    : { error: `"${written}" is not a date written YYYY-MM-DD.` };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates the `content` overrides (an object, or JSON in the attribute).
 * Valid fields are kept; every invalid one is left out and named by its path
 * (`content.dmn.heading`), so the default text stays in its place. Never throws:
 * overrides that cannot be read (a getter or Proxy that throws) are named like any other error.
 */
export function parseContent(value: unknown): { content: ContentOverrides; errors: ConfigError[] } {
  try {
    return readContent(value);
  } catch {
    return { content: {}, errors: [{ attribute: 'content', message: UNREADABLE }] };
  }
}

function readContent(value: unknown): { content: ContentOverrides; errors: ConfigError[] } {
  const content: ContentOverrides = {};
  const errors: ConfigError[] = [];
  const fail = (attribute: string, message: string) => errors.push({ attribute, message });
  let data = value;
  if (data === undefined || data === null || data === '') return { content, errors };
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      fail('content', 'is not valid JSON.');
      return { content, errors };
    }
  }
  if (!isRecord(data)) {
    fail('content', `must be an object keyed by section id (${quoted(SECTION_IDS)}).`);
    return { content, errors };
  }
  for (const [id, fields] of readableEntries(data, (id) => fail(`content.${id}`, UNREADABLE))) {
    const path = `content.${id}`;
    if (!isIn(SECTION_IDS, id)) fail(path, `is not a section; use one of ${quoted(SECTION_IDS)}.`);
    else {
      try {
        if (!isRecord(fields)) fail(path, `must be an object with ${quoted(CONTENT_FIELDS)}.`);
        else
          for (const [field, text] of readableEntries(fields, (field) => fail(`${path}.${field}`, UNREADABLE))) {
            if (!isIn(CONTENT_FIELDS, field)) fail(`${path}.${field}`, `is not a field; use ${quoted(CONTENT_FIELDS)}.`);
            else if (typeof text !== 'string' || !text.trim()) fail(`${path}.${field}`, 'must be non-empty text.');
            else (content[id] ??= {})[field] = text.trim();
          }
      } catch {
        // A section whose fields cannot be listed (a Proxy, revoked or throwing): its default text stays.
        fail(path, UNREADABLE);
      }
    }
  }
  return { content, errors };
}
