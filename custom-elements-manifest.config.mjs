// The custom-elements manifest, VS Code custom data and JetBrains web-types are all
// generated from the JSDoc in src/, so docs, Storybook and editors share one source.
// The manifest describes the published package: module paths name the shipped dist/…js files.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { publishedPaths, vsCodeCssData } from './scripts/manifest-plugins.mjs';

/** Hide members that are not public API (Lit internals, protected and private ones). */
function publicApiOnly() {
  return {
    name: 'kc-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members)
            decl.members = decl.members
              .filter((m) => !m.privacy || m.privacy === 'public')
              .filter((m) => !m.name.startsWith('_'));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // src/prerender/ is the hydrating CDN build's first module (Lit's hydration support), not a module of the package.
  exclude: ['src/**/locales/**', 'src/**/*.styles.ts', 'src/shared/styles/**', 'src/prerender/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    publicApiOnly(),
    publishedPaths(),
    // The HTML data from the plugin; the CSS data from ours, which lists each shared custom property and part once.
    customElementVsCodePlugin({ outdir: '.', htmlFileName: 'vscode.html-custom-data.json', cssFileName: null, hideLogs: true }),
    vsCodeCssData({ fileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ outdir: '.', fileName: 'web-types.json', hideLogs: true, excludeCss: false }),
  ],
};
