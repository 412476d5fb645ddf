import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, loadDraft, PERSIST_MODES, saveDraft } from '../../../src/components/eligibility-check/drafts.js';
import { eligibleAnswers } from './fixtures.js';

class MemoryStorage implements Storage {
  map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

const broken = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
} as unknown as Storage;

describe('drafts', () => {
  it('offers session and none', () => {
    expect(PERSIST_MODES).toEqual(['session', 'none']);
  });

  it('keys a draft by page and widget', () => {
    expect(draftKey('intake', '/eligibility')).toBe('kc-eligibility-check:/eligibility#intake');
    expect(draftKey('0', '/a')).not.toBe(draftKey('0', '/b'));
  });

  it('saves and restores answers, step and the crisis flag', () => {
    const storage = new MemoryStorage();
    const draft = { answers: eligibleAnswers(), step: 'health' as const, crisis: true };
    saveDraft(storage, 'k', draft);
    expect(loadDraft(storage, 'k')).toEqual({ ...draft, dropped: 0 });
    clearDraft(storage, 'k');
    expect(storage.length).toBe(0);
    expect(loadDraft(storage, 'k')).toBeUndefined();
  });

  it.each([
    ['not json', 'not json'],
    ['invalid answers', JSON.stringify({ answers: { age: 'old' }, step: 'about' })],
    ['nothing usable', JSON.stringify({ answers: {}, step: 'payment' })],
    ['not an object', 'null'],
    ['an array', '[1, 2]'],
  ])('drops and removes an unreadable draft (%s)', (_, raw) => {
    const storage = new MemoryStorage();
    storage.setItem('k', raw);
    expect(loadDraft(storage, 'k')).toBeUndefined();
    expect(storage.getItem('k')).toBeNull();
  });

  it('keeps every valid answer, the step and the crisis flag of a draft with invalid parts, and counts what it left out', () => {
    const storage = new MemoryStorage();
    const answers = { ...eligibleAnswers(), gad7: [2, 2, 5, 2, 2, 1, 1], colour: 'blue' };
    storage.setItem('k', JSON.stringify({ answers, step: 'history', crisis: true }));
    expect(loadDraft(storage, 'k')).toEqual({
      answers: { ...eligibleAnswers(), gad7: [2, 2, null, 2, 2, 1, 1] },
      step: 'history',
      crisis: true,
      dropped: 2,
    });
  });

  it('keeps the answers and the crisis flag of a draft whose step is unknown, from the first step', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', JSON.stringify({ answers: { age: 40 }, step: 'payment', crisis: true }));
    expect(loadDraft(storage, 'k')).toEqual({ answers: { age: 40 }, step: 'about', crisis: true, dropped: 0 });
    // The crisis flag alone is worth keeping: the crisis panel must come back.
    storage.setItem('k', JSON.stringify({ answers: 'forged', step: 'mood', crisis: true }));
    expect(loadDraft(storage, 'k')).toEqual({ answers: {}, step: 'mood', crisis: true, dropped: 1 });
  });

  it('never throws when storage is blocked or full, or missing', () => {
    expect(() => saveDraft(broken, 'k', { answers: {}, step: 'about', crisis: false })).not.toThrow();
    expect(loadDraft(broken, 'k')).toBeUndefined();
    expect(() => clearDraft(broken, 'k')).not.toThrow();
    expect(loadDraft(undefined, 'k')).toBeUndefined();
  });
});
