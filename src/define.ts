/**
 * Registers every element of the library. Each element's own entry
 * (`src/components/<name>/define.ts`) is found by file name, so a new element
 * joins this bundle without wiring.
 */
import.meta.glob('./components/*/define.ts', { eager: true });
