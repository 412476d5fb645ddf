import { cdp, server } from 'vitest/browser';
import { readAxTree, type AxTree } from './ax-tree.js';

/** Whether the tests run in Chromium, the one engine whose accessibility tree the DevTools protocol gives. */
export const hasAxTree = server.browser === 'chromium';

/** In a browser test: Chromium's accessibility tree of the test's own frame, read through the DevTools protocol. */
export const axTree = (): Promise<AxTree> => readAxTree(cdp(), location.href);
