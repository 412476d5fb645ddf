import { fixtureCleanup } from '@open-wc/testing-helpers';
import { afterEach, beforeEach } from 'vitest';
import '../../src/define.js';

// The test page runs in an iframe; a patient's page has the window's focus. Without it, `:focus-visible` never
// matches and focus moved by script is not shown (Firefox and WebKit keep the iframe unfocused until asked).
beforeEach(() => {
  if (!document.hasFocus()) window.focus();
});

afterEach(() => {
  fixtureCleanup();
});
