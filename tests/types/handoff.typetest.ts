// Type-level tests for the hand-off's public types: `npm run typecheck` fails if they regress. Nothing here runs.
import {
  HANDOFF_SCHEMA,
  toFhirBundle,
  type ConsentReceipt,
  type HandoffFormat,
  type HandoffPayload,
  type KcEligibilityCheck,
} from '../../src/index.js';

export function payloadIsTyped(el: KcEligibilityCheck): void {
  el.addEventListener('kc-submit', (e) => {
    const payload: HandoffPayload = e.detail.payload;
    const version: 1 = payload.schemaVersion;
    const receipt: ConsentReceipt = payload.consent;
    const hash: string = receipt.sha256;
    // @ts-expect-error: the consent is a receipt, not only its text.
    const text: string = payload.consent;
    const bundle: Record<string, unknown> = toFhirBundle(payload);
    void [version, hash, text, bundle];
  });
  el.handoffFormat = 'fhir';
  const format: HandoffFormat = 'json';
  // @ts-expect-error: only json and fhir.
  const other: HandoffFormat = 'xml';
  const draft: string = HANDOFF_SCHEMA.$schema;
  void [format, other, draft];
}
