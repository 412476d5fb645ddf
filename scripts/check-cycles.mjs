// Fails when modules in src/ import each other, directly or around a longer circle. Type-only imports count: two
// files that need each other are one concept cut in two. Part of `npm run lint`.
import { globFiles, parseCircular, parseDependencyTree, shortenTree } from 'dpdm';

/** One name per circle, whichever module it was found from: it starts at the module whose path sorts first. */
function cycleName(modules) {
  const first = modules.indexOf([...modules].sort()[0]);
  return [...modules.slice(first), ...modules.slice(0, first)].join(' -> ');
}

const cwd = process.cwd();
const files = await globFiles('src/**/*.ts', cwd);
const tree = shortenTree(cwd, await parseDependencyTree(files, { context: cwd, tsconfig: 'tsconfig.json', transform: false }));
const found = [...new Set(parseCircular(tree).map(cycleName))].sort();
if (found.length) {
  console.error(
    `Modules in src/ that import each other (directly or around a circle):\n${found.map((n) => `  ${n}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`check-cycles: no import cycle in src/ (${files.length} files).`);
