// The explainer's selection model on its own, in Node: which tab is selected, which panels and research lists are
// open, where a #kc-<id> link and the tab row's keys lead. The element's tests drive the same through the DOM.
import { describe, expect, it } from 'vitest';
import { SectionSelection, sectionFromHash } from '../../../src/components/explainer/section-selection.js';
import { SECTION_IDS, type SectionId } from '../../../src/components/explainer/sections.js';

function selection(shown: readonly SectionId[] = SECTION_IDS) {
  let changes = 0;
  const model = new SectionSelection(() => changes++);
  model.shown = shown;
  return { model, changes: () => changes };
}

describe('SectionSelection: the selected tab', () => {
  it('is the first shown section until one is chosen', () => {
    expect(selection().model.current).toBe('gap');
    expect(selection(['window', 'dmn']).model.current).toBe('window');
  });

  it('is the one chosen while it is shown, and the first again once it is not', () => {
    const { model } = selection();
    model.show('plasticity');
    expect(model.current).toBe('plasticity');
    model.shown = ['dmn', 'gap'];
    expect(model.current).toBe('dmn');
    model.shown = SECTION_IDS;
    expect(model.current).toBe('plasticity');
  });

  it('says when anything changes, so the element updates', () => {
    const { model, changes } = selection();
    model.show('dmn');
    model.collapse('dmn');
    model.toggleResearch('dmn');
    expect(changes()).toBe(3);
  });
});

describe('SectionSelection: accordion panels', () => {
  it('starts with every panel closed; showing a section opens its panel, and any number stay open', () => {
    const { model } = selection();
    expect(SECTION_IDS.some((id) => model.isExpanded(id))).toBe(false);
    model.show('dmn');
    model.show('window');
    expect(SECTION_IDS.filter((id) => model.isExpanded(id))).toEqual(['dmn', 'window']);
  });

  it('closes one panel, leaving the others open', () => {
    const { model } = selection();
    model.show('dmn');
    model.show('window');
    model.collapse('dmn');
    expect(SECTION_IDS.filter((id) => model.isExpanded(id))).toEqual(['window']);
  });
});

describe('SectionSelection: research lists', () => {
  it('opens and closes a section’s list on its own', () => {
    const { model } = selection();
    model.toggleResearch('gap');
    expect(model.isResearchOpen('gap')).toBe(true);
    expect(model.isResearchOpen('dmn')).toBe(false);
    model.toggleResearch('gap');
    expect(model.isResearchOpen('gap')).toBe(false);
  });
});

describe('SectionSelection: keys on the tab row', () => {
  it('moves with Left and Right, wrapping, from the selected tab', () => {
    const { model } = selection();
    expect(model.tabForKey('ArrowRight', false)).toBe('dmn');
    expect(model.tabForKey('ArrowLeft', false)).toBe('integration');
    model.show('integration');
    expect(model.tabForKey('ArrowRight', false)).toBe('gap');
  });

  it('reverses Left and Right right to left', () => {
    const { model } = selection();
    expect(model.tabForKey('ArrowLeft', true)).toBe('dmn');
    expect(model.tabForKey('ArrowRight', true)).toBe('integration');
  });

  it('goes to the first and last with Home and End, and ignores other keys', () => {
    const { model } = selection(['dmn', 'window', 'insight']);
    model.show('window');
    expect(model.tabForKey('Home', false)).toBe('dmn');
    expect(model.tabForKey('End', false)).toBe('insight');
    for (const key of ['ArrowUp', 'ArrowDown', 'Enter', ' ', 'a']) expect(model.tabForKey(key, false)).toBeUndefined();
  });
});

describe('SectionSelection: #kc-<id> links', () => {
  it('finds a shown section from its fragment', () => {
    expect(selection().model.fromHash('#kc-window')).toBe('window');
  });

  it('ignores a section that is not shown', () => {
    expect(selection(['dmn']).model.fromHash('#kc-gap')).toBeUndefined();
  });
});

describe('sectionFromHash: the section a fragment points at', () => {
  it('finds a shown section from #kc-<id>', () => {
    expect(sectionFromHash('#kc-window', [...SECTION_IDS])).toBe('window');
  });
  it.each(['', '#', '#window', '#kc-', '#kc-foo', '#kc-gap-2'])('ignores %s', (hash) => {
    expect(sectionFromHash(hash, [...SECTION_IDS])).toBeUndefined();
  });
  it('ignores a section that is not shown', () => {
    expect(sectionFromHash('#kc-gap', ['dmn'])).toBeUndefined();
  });
});
