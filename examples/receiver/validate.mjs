// What the receiver accepts: a hand-off body that the package's published JSON Schema validates (Ajv, draft 2020-12),
// or, as `application/fhir+json`, a FHIR R4 transaction Bundle of one (checked for its structure, not every field).
// Either way the body's id must be the request's Idempotency-Key.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';

/** The formats a hand-off arrives in, by media type. */
export const FORMATS = /** @type {const} */ ({ 'application/json': 'json', 'application/fhir+json': 'fhir' });

/** An Idempotency-Key the widget makes: a UUID, lowercase. */
export const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The published schema: from `path` when given, else from the installed package
 * (`ketamine-clinic-elements/handoff.schema.json`).
 * @param {string} [path]
 */
export function loadSchema(path) {
  const file = path || createRequire(import.meta.url).resolve('ketamine-clinic-elements/handoff.schema.json');
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The format of a `Content-Type` header, or undefined when it is not one of ours (or names a charset other than UTF-8).
 * @param {string | undefined} header
 * @returns {'json' | 'fhir' | undefined}
 */
export function formatOf(header) {
  const [type = '', ...params] = (header ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset && charset !== 'utf-8') return undefined;
  return /** @type {Record<string, 'json' | 'fhir'>} */ (FORMATS)[type];
}

/**
 * @typedef {{ ok: true } | { ok: false, error: string, problems?: string[] }} Verdict
 */

/**
 * A checker for request bodies, from the hand-off schema.
 * @param {object} schema
 * @returns {(format: 'json' | 'fhir', body: unknown, key: string) => Verdict}
 */
export function createChecker(schema) {
  // The schema's `date-time` instants also carry a pattern, which Ajv checks; Ajv itself has no format checks.
  const validate = new Ajv2020({ allErrors: true, validateFormats: false }).compile(schema);
  return (format, body, key) => {
    if (format === 'fhir') return checkBundle(body, key);
    if (!validate(body)) {
      // Where and what, never the value: an error names the field, not what the patient wrote.
      const problems = (validate.errors ?? [])
        .slice(0, 20)
        .map((/** @type {import('ajv').ErrorObject} */ e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
      return { ok: false, error: 'not a hand-off: the body does not match handoff.schema.json', problems };
    }
    if (/** @type {{ id: string }} */ (body).id !== key)
      return { ok: false, error: 'the body’s id is not the Idempotency-Key (the widget sends the same value in both)' };
    return { ok: true };
  };
}

/**
 * A FHIR transaction Bundle as the widget builds it: its identifier is the submission (`urn:uuid:<key>`), one Patient,
 * at least one QuestionnaireResponse, and every entry a POST of its resource type.
 * @param {any} bundle
 * @param {string} key
 * @returns {Verdict}
 */
export function checkBundle(bundle, key) {
  /** @type {string[]} */
  const problems = [];
  const object = (/** @type {unknown} */ v) => !!v && typeof v === 'object' && !Array.isArray(v);
  if (!object(bundle) || bundle.resourceType !== 'Bundle') problems.push('/resourceType must be "Bundle"');
  else {
    if (bundle.type !== 'transaction') problems.push('/type must be "transaction"');
    if (bundle.identifier?.value !== `urn:uuid:${key}`) problems.push('/identifier/value must be urn:uuid:<Idempotency-Key>');
    const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
    if (!entries.length) problems.push('/entry must be a non-empty list');
    entries.forEach((/** @type {any} */ entry, /** @type {number} */ n) => {
      const type = entry?.resource?.resourceType;
      if (!object(entry) || !object(entry.resource) || typeof type !== 'string')
        problems.push(`/entry/${n}/resource must be a resource`);
      else if (entry.request?.method !== 'POST' || entry.request?.url !== type)
        problems.push(`/entry/${n}/request must be a POST to ${type}`);
      if (typeof entry?.fullUrl !== 'string') problems.push(`/entry/${n}/fullUrl must be a string`);
    });
    const count = (/** @type {string} */ type) =>
      entries.filter((/** @type {any} */ e) => e?.resource?.resourceType === type).length;
    if (count('Patient') !== 1) problems.push('/entry must hold exactly one Patient');
    if (count('QuestionnaireResponse') < 1) problems.push('/entry must hold a QuestionnaireResponse');
  }
  return problems.length
    ? { ok: false, error: 'not a hand-off: the body is not a FHIR transaction Bundle of one', problems: problems.slice(0, 20) }
    : { ok: true };
}
