import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { LazyPart, PartController } from '../../src/shared/lazy-part.js';

/** A stand-in for a widget: counts the updates a controller asks for. */
function host() {
  const controllers: ReactiveController[] = [];
  const updates = vi.fn();
  const stub: ReactiveControllerHost = {
    addController: (c) => void controllers.push(c),
    removeController: () => {},
    requestUpdate: updates,
    updateComplete: Promise.resolve(true),
  };
  return { stub, updates, controllers };
}

/** An import that fails `failures` times (offline), then loads. */
function flakyImport(failures: number) {
  let calls = 0;
  const importModule = vi.fn(async () => {
    calls++;
    if (calls <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return { answer: 42 };
  });
  return importModule;
}

describe('LazyPart: one load per page', () => {
  it('loads once however many widgets ask, and keeps the module', async () => {
    const importModule = flakyImport(0);
    const part = new LazyPart(importModule);
    expect(part.module).toBeUndefined();
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).toBe(b);
    expect(await part.load()).toBe(a);
    expect(part.module).toEqual({ answer: 42 });
    expect(importModule).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const importModule = flakyImport(1);
    const part = new LazyPart(importModule);
    await expect(part.load()).rejects.toThrow(TypeError);
    expect(part.module).toBeUndefined();
    await expect(part.load()).resolves.toEqual({ answer: 42 });
    expect(importModule).toHaveBeenCalledTimes(2);
  });
});

describe('PartController: a widget waiting for a part', () => {
  it('goes from idle to pending to ready and asks its widget to update when the part arrives', async () => {
    const { stub, updates, controllers } = host();
    const controller = new PartController(stub, new LazyPart(flakyImport(0)));
    expect(controllers).toContain(controller);
    expect(controller.status).toBe('idle');
    const loading = controller.load();
    expect(controller.status).toBe('pending');
    await expect(loading).resolves.toEqual({ answer: 42 });
    expect(controller.status).toBe('ready');
    expect(controller.module).toEqual({ answer: 42 });
    expect(updates).toHaveBeenCalledTimes(1);
  });

  it('marks a failed load as failed (never pending forever) and loads again on the next use', async () => {
    const { stub, updates } = host();
    const controller = new PartController(stub, new LazyPart(flakyImport(1)));
    await expect(controller.load()).resolves.toBeUndefined();
    expect(controller.status).toBe('failed');
    expect(updates).toHaveBeenCalledTimes(1);
    // A render does not retry by itself: it shows the failure.
    expect(controller.loadIfNeverAsked()).toBeUndefined();
    await expect(controller.load()).resolves.toEqual({ answer: 42 });
    expect(controller.status).toBe('ready');
  });

  it('before a render, starts a first load and gives what is loading, then nothing once it is here', async () => {
    const { stub } = host();
    const controller = new PartController(stub, new LazyPart(flakyImport(0)));
    const first = controller.loadIfNeverAsked();
    expect(first).toBeInstanceOf(Promise);
    expect(controller.loadIfNeverAsked()).toBeInstanceOf(Promise);
    await first;
    expect(controller.loadIfNeverAsked()).toBeUndefined();
  });

  it('is ready at once in a widget made after another widget loaded the part', async () => {
    const part = new LazyPart(flakyImport(0));
    await new PartController(host().stub, part).load();
    const later = new PartController(host().stub, part);
    expect(later.status).toBe('ready');
    expect(later.module).toEqual({ answer: 42 });
  });
});
