// Writes the JSON files the package publishes beside its modules, from the built modules themselves, so they
// cannot differ from what the code sends:
// - dist/handoff.schema.json: the JSON Schema of the hand-off body (`ketamine-clinic-elements/handoff.schema.json`);
// - dist/fhir/<id>.questionnaire.json: our FHIR R4 Questionnaires (`ketamine-clinic-elements/fhir/<id>.questionnaire.json`).
// Runs after `vite build --mode npm` (part of `npm run build:npm`).
import { mkdirSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const { HANDOFF_SCHEMA, FHIR_QUESTIONNAIRE_IDS, fhirQuestionnaire } = await import(new URL('index.js', dist).href);
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

writeFileSync(new URL('handoff.schema.json', dist), json(HANDOFF_SCHEMA));
mkdirSync(new URL('fhir/', dist), { recursive: true });
for (const id of FHIR_QUESTIONNAIRE_IDS)
  writeFileSync(new URL(`fhir/${id}.questionnaire.json`, dist), json(fhirQuestionnaire(id)));
console.log(`dist/handoff.schema.json and ${FHIR_QUESTIONNAIRE_IDS.length} FHIR Questionnaires written`);
