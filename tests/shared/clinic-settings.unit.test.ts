import { describe, expect, it } from 'vitest';
import {
  checkSafeUrl,
  isRegionServed,
  mergeClinicSettings,
  parseClinicAttributes,
  parseRegions,
  phoneHref,
} from '../../src/shared/clinic-settings.js';

describe('checkSafeUrl', () => {
  it.each([
    ['https://clinic.example/intake', 'https://clinic.example/intake'],
    ['  https://clinic.example  ', 'https://clinic.example/'],
    ['http://localhost:8787/api', 'http://localhost:8787/api'],
    ['http://127.0.0.1/x', 'http://127.0.0.1/x'],
    ['http://[::1]:3000/', 'http://[::1]:3000/'],
  ])('accepts %s', (input, url) => {
    expect(checkSafeUrl(input)).toEqual({ url });
  });

  it.each([
    ['http://clinic.example/intake', /uses http:/],
    ['javascript:alert(1)', /uses javascript:/],
    ['data:text/html,<script>alert(1)</script>', /uses data:/],
    ['ftp://clinic.example', /uses ftp:/],
    ['/relative/path', /not an absolute URL/],
    ['', /not an absolute URL/],
    ['http://localhost.evil.example/', /uses http:/],
  ])('refuses %s', (input, message) => {
    const result = checkSafeUrl(input);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toMatch(message);
  });

  it.each([
    'https://user:s3cret@clinic.example/intake',
    'https://user@clinic.example/',
    'https://:s3cret@clinic.example/',
    'http://a:s3cret@localhost/x',
  ])('refuses credentials in %s, without repeating them', (input) => {
    const result = checkSafeUrl(input) as { error: string };
    expect(result.error).toMatch(/has a user name or password in it: remove them/);
    expect(result.error).not.toMatch(/s3cret|user@/);
  });

  it('refuses an endpoint with credentials as a config error naming the attribute', () => {
    const { settings, errors } = parseClinicAttributes({
      endpoint: 'https://user:pass@clinic.example/intake',
      bookingUrl: 'https://x:y@clinic.example/book',
    });
    expect(settings).toEqual({});
    expect(errors.map((e) => e.attribute)).toEqual(['booking-url', 'endpoint']);
  });
});

describe('parseRegions', () => {
  it('splits on spaces and commas, upper-cases and removes duplicates', () => {
    expect(parseRegions(' us-ca,US-NY  US-CA\nca ')).toEqual({ regions: ['US-CA', 'US-NY', 'CA'], invalid: [] });
  });
  it('reports tokens that are not ISO 3166 codes', () => {
    expect(parseRegions('US-CA California U-S 12 US-TOOLONG')).toEqual({
      regions: ['US-CA'],
      invalid: ['California', 'U-S', '12', 'US-TOOLONG'],
    });
  });
  it('returns nothing for an empty list', () => {
    expect(parseRegions('   ')).toEqual({ regions: [], invalid: [] });
  });
});

describe('isRegionServed', () => {
  it('serves everywhere when the clinic lists no regions', () => {
    expect(isRegionServed('US-TX', undefined)).toBe(true);
    expect(isRegionServed('US-TX', [])).toBe(true);
  });
  it('matches a listed region exactly, case-insensitively', () => {
    expect(isRegionServed('us-ca', ['US-CA', 'US-NY'])).toBe(true);
    expect(isRegionServed('US-TX', ['US-CA', 'US-NY'])).toBe(false);
  });
  it('treats a listed country as serving all of its regions', () => {
    expect(isRegionServed('CA-ON', ['CA'])).toBe(true);
    expect(isRegionServed('US-ON', ['CA'])).toBe(false);
  });
});

describe('phoneHref', () => {
  it.each([
    ['+1 (555) 010-2000', 'tel:+15550102000'],
    ['555.010.2000', 'tel:5550102000'],
    ['988', 'tel:988'],
  ])('%s → %s', (input, href) => expect(phoneHref(input)).toBe(href));
  it.each(['call us', '12', 'javascript:alert(1)', '555-CLINIC'])('refuses %s', (input) =>
    expect(phoneHref(input)).toBeUndefined(),
  );
});

describe('parseClinicAttributes', () => {
  it('validates every attribute and keeps the valid ones', () => {
    const { settings, errors } = parseClinicAttributes({
      name: '  Calm Harbor Clinic ',
      phone: '+1 555 010 2000',
      bookingUrl: 'https://calm.example/book',
      endpoint: 'https://calm.example/api/intake',
      regions: 'US-CA US-NY',
      lang: 'es-MX',
      theme: 'dark',
    });
    expect(errors).toEqual([]);
    expect(settings).toEqual({
      name: 'Calm Harbor Clinic',
      phone: '+1 555 010 2000',
      bookingUrl: 'https://calm.example/book',
      endpoint: 'https://calm.example/api/intake',
      regions: ['US-CA', 'US-NY'],
      lang: 'es-MX',
      theme: 'dark',
    });
  });

  it('refuses each invalid value, naming its attribute, and keeps the others', () => {
    const { settings, errors } = parseClinicAttributes({
      name: 'Calm Harbor',
      phone: 'call us',
      bookingUrl: 'javascript:alert(1)',
      endpoint: 'http://calm.example/api',
      regions: 'US-CA Narnia',
      lang: 'not a language',
      theme: 'neon',
    });
    expect(errors.map((e) => e.attribute)).toEqual(['phone', 'booking-url', 'endpoint', 'regions', 'lang', 'theme']);
    expect(errors.find((e) => e.attribute === 'theme')?.message).toContain('light, dark, auto');
    expect(errors.find((e) => e.attribute === 'regions')?.message).toContain('"Narnia"');
    expect(settings).toEqual({ name: 'Calm Harbor', regions: ['US-CA'] });
  });

  it('ignores missing and blank attributes', () => {
    expect(parseClinicAttributes({ name: null, phone: '', endpoint: '   ', theme: undefined })).toEqual({
      settings: {},
      errors: [],
    });
  });
});

describe('mergeClinicSettings', () => {
  it('lets the widget’s own values win and inherits the rest', () => {
    expect(
      mergeClinicSettings(
        { phone: '555 010 9999', theme: 'dark' },
        { name: 'Calm Harbor', phone: '555 010 2000', theme: 'light', regions: ['US-CA'] },
      ),
    ).toEqual({ name: 'Calm Harbor', phone: '555 010 9999', theme: 'dark', regions: ['US-CA'] });
  });
  it('returns the widget’s own values when there is no clinic', () => {
    const own = { phone: '555 010 9999' };
    expect(mergeClinicSettings(own, undefined)).toBe(own);
  });
});
