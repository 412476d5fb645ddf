// Fails when modules in src/ import each other, directly or around a longer circle. Type-only imports count: two
// files that need each other are one concept cut in two. Part of `npm run lint`.
import { globFiles, parseCircular, parseDependencyTree, shortenTree } from 'dpdm';

// TEMPORARY, for the eligibility element's refactor (issue 12), which removes these two cycles: the lead deletes
// this list when that lands. Any other cycle, or a longer one through these files, still fails.
const KNOWN_CYCLES = new Set([
  'src/components/eligibility-check/answer-paths.ts -> src/components/eligibility-check/answers.ts',
  'src/components/eligibility-check/eligibility-check.ts -> src/components/eligibility-check/later-steps.ts',
]);

/** One name per circle, whichever module it was found from: it starts at the module whose path sorts first. */
function cycleName(modules) {
  const first = modules.indexOf([...modules].sort()[0]);
  return [...modules.slice(first), ...modules.slice(0, first)].join(' -> ');
}

const cwd = process.cwd();
const files = await globFiles('src/**/*.ts', cwd);
const tree = shortenTree(cwd, await parseDependencyTree(files, { context: cwd, tsconfig: 'tsconfig.json', transform: false }));
const found = [...new Set(parseCircular(tree).map(cycleName))].sort();
const unknown = found.filter((name) => !KNOWN_CYCLES.has(name));
for (const name of KNOWN_CYCLES)
  if (!found.includes(name)) console.log(`check-cycles: "${name}" is no longer a cycle; remove it from KNOWN_CYCLES.`);
if (unknown.length) {
  console.error(
    `Modules in src/ that import each other (directly or around a circle):\n${unknown.map((n) => `  ${n}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `check-cycles: no import cycle in src/ (${files.length} files${found.length ? `; ${found.length} known, listed in scripts/check-cycles.mjs` : ''}).`,
);
