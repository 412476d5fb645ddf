/**
 * Each element's public attributes and properties, from the generated custom-elements.json (`npm run analyze`,
 * part of `npm run build`), so the hardening tests cover every attribute of every element, new ones included.
 * Works in Node and in the browser tests (Vite resolves the glob at build time).
 */
interface Typed {
  name: string;
  type?: { text: string };
}
interface ManifestAttribute extends Typed {
  fieldName?: string;
}
interface ManifestMember extends Typed {
  kind: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  attribute?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
}

const found = import.meta.glob<{ modules: { declarations?: ManifestDeclaration[] }[] }>('../../custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(found)[0];

function declarations(): ManifestDeclaration[] {
  if (!manifest) throw new Error('No custom-elements.json: run `npm run analyze` (or `npm run build`) before the tests.');
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
}

function declaration(tag: string): ManifestDeclaration {
  const found = declarations().find((d) => d.tagName === tag);
  if (!found) throw new Error(`custom-elements.json has no <${tag}>: run \`npm run analyze\` again.`);
  return found;
}

const takesString = (t?: { text: string }) => !!t && t.text.split('|').some((part) => part.trim() === 'string');

/** Every tag in the manifest. */
export function manifestTags(): string[] {
  return declarations().map((d) => d.tagName!);
}

/** Every attribute of an element. */
export function attributesOf(tag: string): { name: string; fieldName?: string; type: string }[] {
  return (declaration(tag).attributes ?? []).map((a) => ({ name: a.name, fieldName: a.fieldName, type: a.type?.text ?? '' }));
}

/** The attributes whose value is text. */
export function stringAttributes(tag: string): string[] {
  return (declaration(tag).attributes ?? []).filter((a) => takesString(a.type)).map((a) => a.name);
}

/** The public, writable instance properties that take text (with or without an attribute). */
export function stringProperties(tag: string): string[] {
  return (declaration(tag).members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public' && takesString(m.type))
    .map((m) => m.name);
}

/** Every public, writable instance property, whatever it takes: a script may set any value on any of them. */
export function writableProperties(tag: string): string[] {
  return (declaration(tag).members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
    .map((m) => m.name);
}

/**
 * The public, writable instance properties that take an object or a named type (`ContentOverrides`,
 * `EligibilityRulesInput`, `EligibilityAnswers`, `Step`): settings a host sets from script, often from its own objects.
 */
export function objectProperties(tag: string): string[] {
  return (declaration(tag).members ?? [])
    .filter(
      (m) =>
        m.kind === 'field' &&
        !m.static &&
        !m.readonly &&
        (m.privacy ?? 'public') === 'public' &&
        /(^|\|)\s*[A-Z]/.test(m.type?.text ?? ''),
    )
    .map((m) => m.name);
}

/** Attributes that take a URL, by name (`booking-url`, `endpoint`, any `*-url`, `*-href`, `*-src`). */
export function urlAttributes(tag: string): string[] {
  return (declaration(tag).attributes ?? []).map((a) => a.name).filter((name) => /(^|-)(url|endpoint|href|src)$/.test(name));
}
