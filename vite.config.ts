import { readFileSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { components } from './scripts/components.mjs';

/**
 * Three uses of one config:
 * - `vite` (npm start): the demo clinic page in `demo/`, served from source at http://localhost:5173/.
 * - `vite build --mode npm`: `dist/`, unbundled ES modules with source maps; Lit stays external.
 * - `vite build --mode cdn`: `dist/cdn/`, minified self-contained entries (`all.js` and one per
 *   tag) sharing chunks, Lit in production mode.
 * - `vite build --mode cdn-hydrate`: `dist/cdn/hydrate/`, the same entries for prerendered snippets
 *   (`npx ketamine-clinic-elements prerender`): each loads Lit's hydration support before Lit, so the widgets adopt
 *   the DOM they were prerendered with. A build of its own, so the plain entries carry none of it.
 */
/** Minifies the HTML and CSS inside Lit's html`` / svg`` / css`` templates (the JS minifier leaves them as written). */
function minifyTemplates(): Plugin {
  return {
    name: 'kc-minify-templates',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

/** Ships `src/paste/kc.css` as `dist/cdn/kc.css`: the space widgets take before their script has run. */
function pasteStylesheet(): Plugin {
  return {
    name: 'kc-paste-stylesheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'kc.css', source: readFileSync('src/paste/kc.css', 'utf8') });
    },
  };
}

const HYDRATE_ENTRY = 'kc-hydrate-entry:';

/**
 * The entries of the hydrating build: Lit's hydration support (src/prerender/hydrate.ts), then the same `define`
 * module as the plain entry. Imported first, the support sets its hook before Lit's LitElement runs, which then
 * applies it to itself.
 */
function hydrateFirst(defines: Record<string, string>): Plugin {
  return {
    name: 'kc-hydrate-first',
    // Vite's library mode may hand the entry over as a path: keep what follows the marker.
    resolveId: (id) => (id.includes(HYDRATE_ENTRY) ? `\0${HYDRATE_ENTRY}${id.split(HYDRATE_ENTRY)[1]}` : null),
    load(id) {
      if (!id.startsWith(`\0${HYDRATE_ENTRY}`)) return null;
      const define = defines[id.slice(HYDRATE_ENTRY.length + 1)]!;
      return `import '/src/prerender/hydrate.ts';\nimport ${JSON.stringify(`/${define}`)};\n`;
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  const elements = components();

  if (mode === 'npm') {
    return {
      // The same template strings as the CDN bundles: a widget prerendered from this build (the `prerender` command)
      // hydrates only if the browser's templates match the ones it was rendered from.
      plugins: [minifyTemplates()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        minify: false,
        target: 'es2022',
        lib: {
          formats: ['es'],
          entry: {
            index: 'src/index.ts',
            define: 'src/define.ts',
            'react/index': 'src/react/index.ts',
            ...Object.fromEntries(elements.map((c) => [`components/${c.name}/define`, c.define])),
          },
        },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//, /^react($|\/)/],
          output: {
            preserveModules: true,
            preserveModulesRoot: 'src',
            entryFileNames: '[name].js',
          },
        },
      },
    };
  }

  if (mode === 'cdn' || mode === 'cdn-hydrate') {
    const hydrating = mode === 'cdn-hydrate';
    const defines = { all: 'src/define.ts', ...Object.fromEntries(elements.map((c) => [c.tag, c.define])) };
    return {
      plugins: [minifyTemplates(), hydrating ? hydrateFirst(defines) : pasteStylesheet()],
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      resolve: { conditions: ['production', 'browser', 'module', 'import', 'default'] },
      build: {
        outDir: hydrating ? 'dist/cdn/hydrate' : 'dist/cdn',
        emptyOutDir: true,
        sourcemap: true,
        minify: true,
        target: 'es2022',
        manifest: true,
        lib: {
          formats: ['es'],
          entry: hydrating ? Object.fromEntries(Object.keys(defines).map((name) => [name, `${HYDRATE_ENTRY}${name}`])) : defines,
        },
        rolldownOptions: {
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            // Vite keeps whitespace in ES library builds; a paste-in bundle wants every byte gone.
            minify: true,
            // Lit and the foundation (src/shared, <kc-clinic>) in one chunk that every entry loads, even the small
            // helpers (emit) that not every element uses up front: otherwise such a helper, shared by one element's
            // entry and another's lazy chunk, becomes a chunk of its own, and a request and its gzip overhead more.
            codeSplitting: {
              groups: [
                // Hydrating build: lit-html and the hydration support in a chunk without LitElement, so the support
                // runs (and sets its hook) before LitElement does, which then applies it to itself.
                ...(hydrating
                  ? [
                      {
                        name: 'lit-html',
                        test: /[\\/](node_modules[\\/](lit-html|@lit-labs[\\/]ssr-client)|src[\\/]prerender)[\\/]/,
                        priority: 1,
                      },
                    ]
                  : []),
                {
                  name: 'define',
                  test: (id) => /[\\/]src[\\/](shared|components[\\/]clinic)[\\/]/.test(id) && !/[\\/]locales[\\/]/.test(id),
                },
              ],
            },
          },
        },
      },
    };
  }

  return {
    root: 'demo',
    server: { port: 5173, fs: { allow: ['..'] } },
  };
});
