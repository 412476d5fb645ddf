import { unsafeCSS } from 'lit';

/**
 * Design tokens. Each widget's root (`part="base"`) carries a `data-theme`
 * (`light`, `dark` or `auto`), which sets its `color-scheme`, and resolves every
 * public `--kc-*` property to a private `--_kc-*` one whose default is
 * `light-dark(<light>, <dark>)`: one declaration per token serves both palettes
 * and `auto` follows the visitor's system. A designer sets the public ones on
 * the widget, on `<kc-clinic>` or on any ancestor.
 *
 * Both palettes meet WCAG AA: body text ≥ 7:1, muted text and links ≥ 4.5:1,
 * borders and focus rings ≥ 3:1 against their surface (checked by
 * tests/shared/tokens.test.ts).
 */
export const lightPalette = {
  surface: '#ffffff',
  'surface-alt': '#f2f5f8',
  text: '#1b2630',
  'text-muted': '#4a5866',
  primary: '#1f5f8b',
  'on-primary': '#ffffff',
  accent: '#2f7d6d',
  border: '#7b8a97',
  focus: '#0b57d0',
  danger: '#a4262c',
  success: '#1e6b3a',
  warning: '#7a5200',
  'crisis-surface': '#eef4fb',
  'crisis-border': '#1f5f8b',
} as const;

export const darkPalette: Record<keyof typeof lightPalette, string> = {
  surface: '#15191e',
  'surface-alt': '#1f252c',
  text: '#e8edf2',
  'text-muted': '#b2bdc8',
  primary: '#8cc8f0',
  'on-primary': '#0b1b26',
  accent: '#7fd1bd',
  border: '#7d8b98',
  focus: '#9fd0ff',
  danger: '#ff9a9a',
  success: '#8fd6a5',
  warning: '#f0c66e',
  'crisis-surface': '#1a2a3a',
  'crisis-border': '#8cc8f0',
};

export type PaletteToken = keyof typeof lightPalette;

/** One declaration per token: `light-dark()` picks the value for the element's `color-scheme`. */
const paletteRules = (Object.keys(lightPalette) as PaletteToken[])
  .map((name) => `--_kc-${name}:var(--kc-color-${name},light-dark(${lightPalette[name]},${darkPalette[name]}));`)
  .join('');

/**
 * The token sheet every widget adopts (written minified: the build minifies `css` templates, not this string). Palette values are our own constants,
 * never user input, so building the rules from them is safe.
 */
export const tokenStyles = unsafeCSS(
  `:host{display:block;box-sizing:border-box;font-family:var(--kc-font-family,inherit);font-size:var(--kc-font-size,1rem);line-height:var(--kc-line-height,1.5);-webkit-text-size-adjust:100%}` +
    `:host([hidden]){display:none!important}*,*::before,*::after{box-sizing:inherit}` +
    `[part~=base]{${paletteRules}--_kc-radius:var(--kc-radius,.5rem);--_kc-space:var(--kc-space,1rem);--_kc-focus-width:var(--kc-focus-ring-width,3px);--_kc-duration:var(--kc-duration,240ms);color-scheme:light;color:var(--_kc-text);background:var(--_kc-surface)}` +
    `[part~=base][data-theme=dark]{color-scheme:dark}[part~=base][data-theme=auto]{color-scheme:light dark}` +
    `@media (prefers-reduced-motion:reduce){[part~=base]{--_kc-duration:0ms}}`,
);
