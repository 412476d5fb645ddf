import { fixture, html } from '@open-wc/testing-helpers';
import { describe, expect, it, vi } from 'vitest';
import type { KcEligibilityCheck } from '../../../src/components/eligibility-check/eligibility-check.js';
import type { HandoffPayload } from '../../../src/components/eligibility-check/handoff.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { eligibleAnswers } from './fixtures.js';
import {
  $,
  fakeEndpoint,
  fillHandoff,
  openHandoff,
  sendHandoff,
  settle,
  ENDPOINT,
  ok,
  status,
  offline,
  atHandoff,
  events,
  headerOf,
  isolateHandoffTests,
} from './helpers.js';

let endpoint: ReturnType<typeof fakeEndpoint> | undefined;
isolateHandoffTests(() => {
  endpoint?.restore();
  endpoint = undefined;
});

/** A `window.fetch` stand-in whose requests stay in flight until the test answers them, or aborts them as fetch does. */
function endpointThatWaits() {
  const calls: { url: string; init: RequestInit; answer: (response: Response) => void }[] = [];
  const original = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init: RequestInit = {}) =>
    new Promise<Response>((resolve, reject) => {
      calls.push({ url: String(input), init, answer: resolve });
      init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
    })) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

const statusText = (el: KcEligibilityCheck) => $(el, '[part=handoff-status]')?.textContent ?? '';
const buttonText = (el: KcEligibilityCheck) => $<HTMLButtonElement>(el, '[part=handoff] button')!.textContent!.trim();

describe('<kc-eligibility-check> hand-off: delivered only when the endpoint itself confirms it', () => {
  it.each([
    [
      'a redirect (not followed)',
      () => Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' }),
      /^redirect: /,
    ],
    [
      'a redirect that was followed',
      () => Object.defineProperty(new Response('{}', { status: 200 }), 'redirected', { value: true }),
      /^redirect: /,
    ],
    [
      'a 200 sign-in page',
      () => new Response('<!doctype html><title>Sign in</title>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      /^unexpected reply: HTTP 200 with text\/html/,
    ],
  ])('reports %s as not confirmed, once, and keeps everything', async (_, answer, error) => {
    endpoint = fakeEndpoint(answer);
    const el = await atHandoff();
    const seen = events(el);
    fillHandoff(el, { name: 'Ana', email: 'ana@example.com', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(seen.at(-1)?.type).toBe('kc-submit-error'));
    expect(seen.map((e) => e.type)).toEqual(['kc-submit', 'kc-submit-error']);
    expect((seen[1]!.detail as { error: string }).error).toMatch(error);
    expect((seen[1]!.detail as { attempts: number }).attempts).toBe(1);
    expect(endpoint.calls).toHaveLength(1);
    expect((endpoint.calls[0]!.init as RequestInit).redirect).toBe('manual');
    await settle(el);
    expect(statusText(el)).toBe(
      'We could not confirm that Calm Harbor received your answers. They are still here: please try again, or call the clinic.',
    );
    expect(el.shadowRoot!.textContent).not.toContain('Sent.');
    expect(el.answers).toEqual(eligibleAnswers());
    // The draft, and the submission kept with it for "Try again" after a reload.
    expect(sessionStorage.length).toBe(2);
    expect(buttonText(el)).toBe('Try again');
  });

  it('a 409 (the first send with this key still in flight) is tried again: a timeout, then 409, then 201 is sent', async () => {
    const waiting = endpointThatWaits();
    endpoint = waiting;
    const calls = waiting.calls;
    const el = await atHandoff();
    const seen = events(el);
    fillHandoff(el, { name: 'Ana', email: 'ana@example.com', consent: true });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      // Moves the clock on (past the attempt's timeout, then past each backoff) until the next attempt starts.
      const attempt = (n: number) =>
        vi.waitFor(async () => {
          await vi.advanceTimersByTimeAsync(n === 2 ? 20_000 : 1);
          expect(calls).toHaveLength(n);
        });
      sendHandoff(el);
      await attempt(1);
      await attempt(2);
      calls[1]!.answer(new Response('{}', { status: 409 }));
      await attempt(3);
      calls[2]!.answer(new Response('{"ok":true}', { status: 201 }));
      await vi.waitFor(() => expect(seen.map((e) => e.type)).toEqual(['kc-submit', 'kc-submit-success']));
      expect(new Set(calls.map((c) => headerOf(c.init))).size).toBe(1);
    } finally {
      vi.useRealTimers();
    }
    await settle(el);
    expect(statusText(el)).toBe('Sent. Calm Harbor now has your answers.');
  });

  it('a 409 every time: "could not confirm" (it may have arrived), not "could not send", and an edit warns of both', async () => {
    endpoint = fakeEndpoint(status(409));
    const el = await atHandoff();
    const seen = events(el);
    fillHandoff(el, { name: 'Ana', email: 'ana@example.com', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(seen.at(-1)?.type).toBe('kc-submit-error'));
    await settle(el);
    expect(endpoint.calls).toHaveLength(3);
    expect(statusText(el)).toBe(
      'We could not confirm that Calm Harbor received your answers. They are still here: please try again, or call the clinic.',
    );
    expect(el.shadowRoot!.textContent).not.toContain('We could not send your answers');
    expect(buttonText(el)).toBe('Try again');
    fillHandoff(el, { phone: '555 0199' });
    await settle(el);
    expect(el.shadowRoot!.textContent).toContain('Calm Harbor may get both.');
  });

  it('counts an empty 204 as delivered', async () => {
    endpoint = fakeEndpoint(() => new Response(null, { status: 204 }));
    const el = await atHandoff();
    fillHandoff(el, { name: 'Ana', email: 'ana@example.com', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(statusText(el)).toBe('Sent. Calm Harbor now has your answers.'));
  });
});

describe('<kc-eligibility-check> hand-off: one key, one body', () => {
  it('"Try again" resends the identical bytes under the same key', async () => {
    endpoint = fakeEndpoint(offline);
    const el = await atHandoff();
    const seen = events(el);
    fillHandoff(el, { name: 'Ana', phone: '555 0100', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(seen.at(-1)?.type).toBe('kc-submit-error'));
    // A later time would be a new `submittedAt`: the body must not be rebuilt.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const failed = endpoint;
    failed.restore();
    endpoint = fakeEndpoint(ok);
    sendHandoff(el);
    await vi.waitFor(() => expect(seen.at(-1)?.type).toBe('kc-submit-success'));
    const first = (seen[0]!.detail as { payload: HandoffPayload }).payload;
    expect(failed.calls).toHaveLength(3);
    expect(endpoint.calls).toHaveLength(1);
    for (const call of [...failed.calls, ...endpoint.calls]) {
      expect(call.init.body).toBe(failed.calls[0]!.init.body);
      expect(headerOf(call.init)).toBe(first.id);
    }
    expect(JSON.parse(endpoint.calls[0]!.init.body as string)).toEqual(first);
    expect(seen.at(-1)!.detail).toEqual({ id: first.id });
  });

  it('an edit after a failed send is a new submission with a new key, and the patient is told the first may have arrived', async () => {
    endpoint = fakeEndpoint(status(503));
    const el = await atHandoff();
    const seen = events(el);
    fillHandoff(el, { name: 'Ana', phone: '555 0100', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(seen.at(-1)?.type).toBe('kc-submit-error'));
    const firstBodies = new Set(endpoint.calls.map((c) => c.init.body));
    expect(firstBodies.size).toBe(1);
    await settle(el);
    fillHandoff(el, { phone: '555 0199' });
    await settle(el);
    expect(el.shadowRoot!.textContent).toContain(
      'You made changes after a send that may already have reached Calm Harbor. Sending now sends a new copy, so Calm Harbor may get both.',
    );
    expect(buttonText(el)).toBe('Send');
    await expectNoAxeViolations(el);
    endpoint.restore();
    endpoint = fakeEndpoint(ok);
    sendHandoff(el);
    await vi.waitFor(() => expect(seen.at(-1)?.type).toBe('kc-submit-success'));
    const [before, after] = [seen[0], seen.at(-2)].map((e) => (e!.detail as { payload: HandoffPayload }).payload);
    expect(after!.id).not.toBe(before!.id);
    expect(after!.contact.phone).toBe('555 0199');
    expect(headerOf(endpoint.calls[0]!.init)).toBe(after!.id);
    expect(endpoint.calls[0]!.init.body).toBe(JSON.stringify(after));
  });

  it('an edit put back as it was is the same submission again', async () => {
    endpoint = fakeEndpoint(status(503));
    const el = await atHandoff();
    const seen = events(el);
    fillHandoff(el, { name: 'Ana', phone: '555 0100', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(seen.at(-1)?.type).toBe('kc-submit-error'));
    fillHandoff(el, { phone: '555 0199' });
    fillHandoff(el, { phone: '555 0100' });
    await settle(el);
    expect(buttonText(el)).toBe('Try again');
    endpoint.restore();
    endpoint = fakeEndpoint(ok);
    sendHandoff(el);
    await vi.waitFor(() => expect(seen.at(-1)?.type).toBe('kc-submit-success'));
    expect(headerOf(endpoint.calls[0]!.init)).toBe((seen[0]!.detail as { payload: HandoffPayload }).payload.id);
  });
});

describe('<kc-eligibility-check> hand-off: Start over while sending', () => {
  it('stops the send, and an old send that still succeeds afterwards leaves the new screening and its draft alone', async () => {
    // An endpoint whose answer arrives even after the request was aborted (it was already on its way).
    const calls: { init: RequestInit; answer: (response: Response) => void }[] = [];
    const original = window.fetch;
    window.fetch = ((_input: RequestInfo | URL, init: RequestInit = {}) =>
      new Promise<Response>((resolve) => calls.push({ init, answer: resolve }))) as typeof fetch;
    endpoint = { calls: calls as never, restore: () => (window.fetch = original) };
    const el = await atHandoff();
    const seen = events(el);
    fillHandoff(el, { name: 'Ana', email: 'ana@example.com', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    // Back stays available while sending: a patient can always go back.
    const back = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')].find(
      (b) => b.textContent!.trim() === 'Back',
    )!;
    expect(back.disabled).toBe(false);
    back.click();
    await settle(el);
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')]
      .find((b) => b.textContent!.trim() === 'Start over')!
      .click();
    await settle(el);
    expect(el.step).toBe('about');
    expect(calls[0]!.init.signal!.aborted).toBe(true);
    // The old send's answer arrives now: reported, but nothing of it lands on the new screening.
    calls[0]!.answer(ok());
    await vi.waitFor(() => expect(seen.map((e) => e.type)).toEqual(['kc-submit', 'kc-submit-success']));
    await settle(el);
    expect(calls).toHaveLength(1);
    el.answers = { age: 30 };
    await settle(el);
    const drafts = Object.keys(sessionStorage).filter((key) => key.startsWith('kc-eligibility-check:'));
    expect(drafts).toHaveLength(1);
    expect(sessionStorage.getItem(drafts[0]!)).toContain('"age":30');
  });
});

describe('<kc-eligibility-check> hand-off: interrupted sends', () => {
  it('after a reload during a send, says it may have gone through and finishes it with the same key and body', async () => {
    const waiting = endpointThatWaits();
    endpoint = waiting;
    const el = await atHandoff();
    fillHandoff(el, { name: 'Ana', email: 'ana@example.com', time: 'evening', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(waiting.calls).toHaveLength(1));
    const sent = waiting.calls[0]!.init;
    // A reload: the page goes, with the request in flight; only sessionStorage stays.
    const stored = Object.entries(sessionStorage);
    el.remove();
    sessionStorage.clear();
    for (const [key, value] of stored) sessionStorage.setItem(key, value);
    // Kept in sessionStorage only, next to the draft.
    const draftKey = stored.map(([key]) => key).find((key) => key.startsWith('kc-eligibility-check:'))!;
    expect(stored.map(([key]) => key).sort()).toEqual([draftKey, `kc-handoff:${draftKey}`]);
    expect(Object.keys(localStorage)).toEqual([]);

    const again = await fixture<KcEligibilityCheck>(
      html`<kc-eligibility-check
        id="h"
        name="Calm Harbor"
        phone="555 010 2000"
        endpoint=${ENDPOINT}
        retry-delay="0"
      ></kc-eligibility-check>`,
    );
    await vi.waitFor(() => expect($(again, '[part=handoff]')).not.toBeNull(), { timeout: 10_000 });
    await settle(again);
    const seen = events(again);
    expect(statusText(again)).toContain('Your answers may already have reached Calm Harbor');
    expect($<HTMLInputElement>(again, '#h-name')!.value).toBe('Ana');
    expect($<HTMLInputElement>(again, '#h-email')!.value).toBe('ana@example.com');
    expect($<HTMLInputElement>(again, '[name=consent]')!.checked).toBe(true);
    expect(buttonText(again)).toBe('Finish sending');
    await expectNoAxeViolations(again);
    sendHandoff(again);
    await vi.waitFor(() => expect(waiting.calls).toHaveLength(2));
    expect(waiting.calls[1]!.init.body).toBe(sent.body);
    expect(headerOf(waiting.calls[1]!.init)).toBe(headerOf(sent));
    waiting.calls[1]!.answer(new Response(null, { status: 204 }));
    await vi.waitFor(() => expect(seen.at(-1)?.type).toBe('kc-submit-success'));
    expect(seen.at(-1)!.detail).toEqual({ id: headerOf(sent) });
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps nothing of a send with persist="none"', async () => {
    endpoint = endpointThatWaits();
    const el = await fixture<KcEligibilityCheck>(
      html`<kc-eligibility-check persist="none" name="Calm Harbor" endpoint=${ENDPOINT} retry-delay="0"></kc-eligibility-check>`,
    );
    await settle(el);
    el.answers = eligibleAnswers();
    el.step = 'result';
    await settle(el);
    await openHandoff(el);
    fillHandoff(el, { name: 'Ana', email: 'ana@example.com', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(endpoint!.calls).toHaveLength(1));
    expect(sessionStorage.length).toBe(0);
  });

  it.each([
    ['put back in the same place', (el: KcEligibilityCheck) => el.parentElement!.append(el)],
    [
      'moved into a shadow root',
      (el: KcEligibilityCheck) => {
        const host = document.createElement('div');
        el.parentElement!.append(host);
        host.attachShadow({ mode: 'open' }).append(el);
      },
    ],
  ])('removed while sending and %s, tells the truth and offers to finish the same send', async (_, putBack) => {
    const waiting = endpointThatWaits();
    endpoint = waiting;
    const el = await atHandoff();
    const seen = events(el);
    fillHandoff(el, { name: 'Ana', email: 'ana@example.com', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(waiting.calls).toHaveLength(1));
    putBack(el);
    await vi.waitFor(() => expect(seen.at(-1)?.type).toBe('kc-submit-error'));
    expect((seen.at(-1)!.detail as { error: string }).error).toMatch(/^aborted: the widget was removed/);
    await settle(el);
    const button = $<HTMLButtonElement>(el, '[part=handoff] button')!;
    expect(button.disabled).toBe(false);
    expect(buttonText(el)).toBe('Finish sending');
    expect(statusText(el)).toContain('Your answers may already have reached Calm Harbor');
    sendHandoff(el);
    await vi.waitFor(() => expect(waiting.calls).toHaveLength(2));
    expect(waiting.calls[1]!.init.body).toBe(waiting.calls[0]!.init.body);
    expect(headerOf(waiting.calls[1]!.init)).toBe(headerOf(waiting.calls[0]!.init));
    waiting.calls[1]!.answer(new Response('{"id":"lead-1"}', { status: 201, headers: { 'Content-Type': 'application/json' } }));
    await vi.waitFor(() => expect(statusText(el)).toBe('Sent. Calm Harbor now has your answers.'));
  });
});
