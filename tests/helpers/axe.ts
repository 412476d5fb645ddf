import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe on an element (shadow roots included) and fails with a readable list of violations. */
export async function expectNoAxeViolations(element: Element, options: axe.RunOptions = {}): Promise<void> {
  const results = await axe.run(element, { resultTypes: ['violations'], ...options });
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(violations).toEqual([]);
}
