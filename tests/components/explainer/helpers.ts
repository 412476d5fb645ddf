// What the explainer's element tests share: mounting, querying its shadow root, and one set of hooks.
import { fixture } from '@open-wc/testing-helpers';
import { afterEach, beforeEach, vi } from 'vitest';
import type { KcExplainer, KcSectionChangeDetail } from '../../../src/components/explainer/explainer.js';
import { resetMedia } from '../../helpers/emulate-media.js';

type Root = ShadowRoot;

export async function settle(el: KcExplainer): Promise<KcExplainer> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
  return el;
}

export async function mount(template: unknown): Promise<KcExplainer> {
  const node = await fixture<HTMLElement>(template as never);
  const el = node.localName === 'kc-explainer' ? (node as KcExplainer) : node.querySelector('kc-explainer')!;
  return settle(el);
}

export const root = (el: KcExplainer): Root => el.shadowRoot!;
export const $ = <E extends Element = HTMLElement>(el: KcExplainer, selector: string) => root(el).querySelector<E>(selector)!;
export const $$ = <E extends Element = HTMLElement>(el: KcExplainer, selector: string) => [
  ...root(el).querySelectorAll<E>(selector),
];
export const visible = (node: Element) => node.getClientRects().length > 0;
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
export const changes = (el: KcExplainer) => {
  const seen: KcSectionChangeDetail[] = [];
  el.addEventListener('kc-section-change', (e) => seen.push(e.detail));
  return seen;
};

/**
 * For every test of a file: console.error and console.warn silenced (and recorded: check them through `console.error`
 * and `console.warn`); after it, the URL's fragment and any emulated media reset.
 */
export function isolateExplainerTests(): void {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    history.replaceState(null, '', location.pathname + location.search);
    await resetMedia();
  });
}
