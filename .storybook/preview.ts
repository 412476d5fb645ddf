import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';
// The page around the stories: a clinic site's typography, which the widgets inherit.
import './preview.css';

// Autodocs tables (attributes, properties, events, slots, parts, CSS properties) come from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Every story is also a test: axe violations fail it.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
    docs: { codePanel: true },
  },
  globalTypes: {
    theme: {
      description: 'Colour theme of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  decorators: [
    // The toolbar's theme and language reach the story through a <kc-clinic>, the way a clinic page sets them.
    (story, context) => {
      const theme = (context.globals.theme as string) ?? 'light';
      const lang = (context.globals.locale as string) ?? 'en';
      document.body.style.background = theme === 'dark' ? '#0e1116' : '';
      return html`<kc-clinic theme=${theme} lang=${lang}>${story()}</kc-clinic>`;
    },
  ],
};

export default preview;
