import { describe, expect, it } from 'vitest';
import { darkPalette, lightPalette } from '../../src/shared/styles/tokens.js';
import { contrastRatio } from '../helpers/contrast.js';

describe.each([
  ['light', lightPalette],
  ['dark', darkPalette],
] as const)('%s palette meets WCAG AA', (_name, p) => {
  it.each([
    ['text', 'surface', 7],
    ['text', 'surface-alt', 7],
    ['text-muted', 'surface', 4.5],
    ['text-muted', 'surface-alt', 4.5],
    ['primary', 'surface', 4.5],
    ['on-primary', 'primary', 4.5],
    ['danger', 'surface', 4.5],
    ['success', 'surface', 4.5],
    ['warning', 'surface', 4.5],
    ['accent', 'surface', 3],
    ['border', 'surface', 3],
    ['focus', 'surface', 3],
    ['text', 'crisis-surface', 7],
    ['primary', 'crisis-surface', 4.5],
  ] as const)('%s on %s ≥ %s:1', (fg, bg, min) => {
    expect(contrastRatio(p[fg], p[bg])).toBeGreaterThanOrEqual(min);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for equal colours', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});
