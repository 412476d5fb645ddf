import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // One Lit for the stories and the elements (Storybook's renderer imports Lit too).
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: { dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'] },
      optimizeDeps: {
        include: [
          'lit',
          'lit/decorators.js',
          'lit/directive.js',
          'lit/directive-helpers.js',
          'lit/directives/class-map.js',
          'lit/directives/if-defined.js',
          'lit/directives/live.js',
          'lit/directives/ref.js',
          'lit/directives/repeat.js',
          'lit/directives/style-map.js',
          'lit/directives/unsafe-html.js',
          'lit/static-html.js',
          '@lit/context',
        ],
      },
    }),
};

export default config;
