/**
 * Registers a custom element once, and never throws when the tag is taken.
 *
 * A clinic's page may load our script twice (pasted in two CMS blocks, or the
 * npm build beside the CDN bundle). `customElements.define` throws on the
 * second call, which would stop every script after it on the page; instead we
 * keep the first registration and say so in the console.
 *
 * @returns `true` when this call registered the tag.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined') return false;
  const existing = customElements.get(tagName);
  if (existing === elementClass) return false;
  if (existing) {
    console.warn(
      `ketamine-clinic-elements: <${tagName}> is already registered by another copy of the library; ` +
        'this copy was skipped. Load the script once per page.',
    );
    return false;
  }
  customElements.define(tagName, elementClass);
  return true;
}
