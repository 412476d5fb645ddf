import { describe, expect, it } from 'vitest';
import { loadersByLang, matchLocale, textDirection } from '../../src/shared/locale/locale.js';

describe('matchLocale', () => {
  const available = ['en', 'es', 'pt-br'];
  it.each([
    ['es', 'es'],
    ['ES', 'es'],
    ['es-MX', 'es'],
    ['pt-BR', 'pt-br'],
    ['pt-PT', undefined],
    ['fr', undefined],
    ['', undefined],
    ['  en-US ', 'en'],
  ])('%s → %s', (requested, expected) => expect(matchLocale(requested, available)).toBe(expected));
});

describe('loadersByLang', () => {
  it('names each locale file by its language and leaves English out (it is bundled)', () => {
    const load = () => Promise.resolve({ default: {} });
    expect(Object.keys(loadersByLang({ './locales/es.ts': load, './locales/en.ts': load, './locales/pt-BR.js': load }))).toEqual([
      'es',
      'pt-br',
    ]);
  });
});

describe('textDirection', () => {
  it('is rtl for languages written right to left, whatever the region or case, and ltr for the rest', () => {
    for (const lang of ['ar', 'he', 'he-IL', 'fa', 'UR', 'ar-EG', ' yi ']) expect(textDirection(lang), lang).toBe('rtl');
    for (const lang of ['en', 'es', 'es-MX', 'fr', 'zh-Hant', 'hi', '']) expect(textDirection(lang), lang).toBe('ltr');
  });
});
