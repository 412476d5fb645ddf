import { describe, expect, it } from 'vitest';
import { emit } from '../../src/shared/emit.js';
import '../fixtures/test-widget.js';

describe('emit', () => {
  it('dispatches a bubbling, composed CustomEvent that crosses shadow roots', () => {
    const outer = document.createElement('div');
    const root = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    document.body.append(outer);
    const heard: { n: number }[] = [];
    document.addEventListener('kc-test-ping', (e) => heard.push(e.detail), { once: true });
    const event = emit(inner, 'kc-test-ping', { n: 7 });
    expect(heard).toEqual([{ n: 7 }]);
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.cancelable).toBe(false);
    outer.remove();
  });

  it('reports a cancelled cancelable event', () => {
    const el = document.createElement('div');
    el.addEventListener('kc-test-ping', (e) => e.preventDefault());
    expect(emit(el, 'kc-test-ping', { n: 1 }, { cancelable: true }).defaultPrevented).toBe(true);
    expect(emit(el, 'kc-test-ping', { n: 1 }).defaultPrevented).toBe(false);
  });
});
