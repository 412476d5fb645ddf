import { fixtureCleanup } from '@open-wc/testing-helpers';
import { afterEach } from 'vitest';
import '../../src/define.js';

afterEach(() => {
  fixtureCleanup();
});
