import { defineConfig } from 'vite';

// A React 19 app using the npm package exactly as a partner site would (`ketamine-clinic-elements/react`).
// Vite 8 compiles the JSX itself (Oxc, automatic runtime); no React plugin is needed to build.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true },
});
