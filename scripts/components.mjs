// The element folders: every `src/components/<name>/define.ts` registers the tag `kc-<name>`.
// The builds and checks read this list, so a new element joins them with no wiring.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const componentsDir = 'src/components';

/** @returns {{ name: string, tag: string, define: string }[]} */
export function components(root = '.') {
  const dir = join(root, componentsDir);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'define.ts')))
    .map((d) => ({ name: d.name, tag: `kc-${d.name}`, define: join(componentsDir, d.name, 'define.ts') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
