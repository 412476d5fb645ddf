import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// A Vue 3 app using the npm package. Tags starting with `kc-` are custom elements, not Vue components.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('kc-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
});
