// Type-level tests for <kc-explainer>: `npm run typecheck` fails if its public types regress. Nothing here runs.
import type { ContentOverrides, KcExplainer, KcSectionChangeDetail, SectionId } from '../../src/index.js';

export function tagAndEventsAreTyped(): KcExplainer {
  const explainer = document.createElement('kc-explainer');
  explainer.addEventListener('kc-section-change', (event) => {
    const id: SectionId = event.detail.id;
    const via: 'click' | 'keyboard' | 'hash' = event.detail.via;
    void id;
    void via;
    // @ts-expect-error: the detail has no `section` field.
    void event.detail.section;
  });
  document.addEventListener('kc-cta', (event) => {
    const id: string = event.detail.id;
    void id;
  });
  const layout: 'tabs' | 'accordion' | 'stack' = explainer.currentLayout;
  void layout;
  return explainer;
}

export function contentIsTyped(explainer: KcExplainer): void {
  const content: ContentOverrides = { dmn: { heading: 'Your brain at rest' }, gap: { takeaway: 'You are not alone.' } };
  explainer.content = content;
  // @ts-expect-error: `brain` is not a section id.
  const wrongSection: ContentOverrides = { brain: { heading: 'x' } };
  // @ts-expect-error: only `heading` and `takeaway` can be replaced.
  const wrongField: ContentOverrides = { dmn: { body: 'x' } };
  void wrongSection;
  void wrongField;
  const detail: KcSectionChangeDetail = { id: 'window', via: 'hash' };
  void detail;
}
