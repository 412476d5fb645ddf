import { cdp } from 'vitest/browser';
import { readAxTree, type AxTree } from './ax-tree.js';

/** In a browser test: Chromium's accessibility tree of the test's own frame, read through the DevTools protocol. */
export const axTree = (): Promise<AxTree> => readAxTree(cdp(), location.href);
