import fc from 'fast-check';
import { createHash, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { consentReceipt, sha256Fallback, sha256Hex } from '../../../src/components/eligibility-check/consent.js';
import { CONSENT_VERSION } from '../../../src/components/eligibility-check/handoff.js';
import eligibilityEn from '../../../src/components/eligibility-check/locales/en.js';
import eligibilityEs from '../../../src/components/eligibility-check/locales/es.js';

const handoffEn = eligibilityEn.handoff;
const handoffEs = eligibilityEs.handoff;

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('sha256Hex', () => {
  it('is the SHA-256 of the text’s UTF-8 bytes, in lowercase hex (FIPS 180-4 test vectors)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('uses Web Crypto’s crypto.subtle.digest when the page has it', async () => {
    const calls: string[] = [];
    const subtle = {
      digest: (algorithm: string, data: BufferSource) => (calls.push(algorithm), webcrypto.subtle.digest(algorithm, data)),
    };
    expect(await sha256Hex('Acepto', subtle as unknown as SubtleCrypto)).toBe(nodeSha256('Acepto'));
    expect(calls).toEqual(['SHA-256']);
  });

  it('gives the same hash without Web Crypto (a page on plain http:), for any text, accents and emoji included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
        expect(await sha256Hex(text, undefined)).toBe(nodeSha256(text));
      }),
    );
    // Lengths around the 64-byte block and its 56-byte padding limit.
    for (const length of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 1000]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 7) & 0xff);
      expect(hex(sha256Fallback(bytes)), `${length} bytes`).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});

describe('consentReceipt', () => {
  it('records the text as shown, the version, its hash, the language and the time', async () => {
    const text = handoffEs.consent('Calm Harbor');
    expect(await consentReceipt(text, 'es', new Date('2026-12-01T03:04:05Z'))).toEqual({
      text,
      version: CONSENT_VERSION,
      sha256: nodeSha256(text),
      language: 'es',
      agreedAt: '2026-12-01T03:04:05.000Z',
    });
  });

  it('names the wording: a change to the consent text in any language needs a new CONSENT_VERSION', () => {
    // The hash of each language's wording (with "{clinic}" for the clinic's name) as of this version.
    const wordings: Record<string, Record<string, string>> = {
      'handoff-consent-1': {
        en: '4de1d5fd47129a33199477d428d7a83f647904e6e111d384e6654876a0214249',
        es: 'b819471fa9b3807132113e9ac475f383df200215b3f5469ccba06174a23ef166',
      },
    };
    const now = { en: nodeSha256(handoffEn.consent('{clinic}')), es: nodeSha256(handoffEs.consent('{clinic}')) };
    expect(wordings[CONSENT_VERSION], `a new consent version: record ${JSON.stringify(now)} for it`).toEqual(now);
  });
});
