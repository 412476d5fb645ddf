/** The names of every `kc-` event declared in `GlobalEventHandlersEventMap` by our elements. */
export type KcEventName = Extract<keyof GlobalEventHandlersEventMap, `kc-${string}`>;

/** The `detail` type of a `kc-` event, read from `GlobalEventHandlersEventMap`. */
export type KcEventDetail<K extends KcEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a typed `kc-` event from an element. Every event of the library
 * goes through here, so each one bubbles and crosses shadow roots the same way.
 *
 * @returns the event, so a caller can read `defaultPrevented` of a cancelable one.
 */
export function emit<K extends KcEventName>(
  host: HTMLElement,
  type: K,
  detail: KcEventDetail<K>,
  options: { cancelable?: boolean } = {},
): CustomEvent<KcEventDetail<K>> {
  const event = new CustomEvent(type, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? false,
  });
  host.dispatchEvent(event);
  return event;
}
