import { fixtureCleanup } from '@open-wc/testing-helpers';
import { afterEach } from 'vitest';
import '../../src/define.js';
import './window-focus.js';

afterEach(() => {
  fixtureCleanup();
});
