// Type-level tests: `npm run typecheck` fails if the public types regress. Nothing here runs.
import type { KcClinic } from '../../src/index.js';

export function tagMapKnowsEveryElement(): KcClinic {
  const clinic = document.createElement('kc-clinic');
  const settings: ReadonlyArray<string> | undefined = clinic.settings.regions;
  void settings;
  // @ts-expect-error: `theme` is a string attribute; numbers are refused by the types.
  clinic.theme = 3;
  return clinic;
}
