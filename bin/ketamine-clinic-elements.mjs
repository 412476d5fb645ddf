#!/usr/bin/env node
// npx ketamine-clinic-elements prerender [file | - | kc-<name> attr=value …] [--lang=es] [--cdn=URL]
import { readFileSync } from 'node:fs';
import { DEFAULT_CDN, prerender, snippetFromArguments } from './prerender.mjs';

const USAGE = `Usage: npx ketamine-clinic-elements prerender [input] [--lang=<page language>] [--cdn=<URL of dist/cdn/>]

Prints a paste-in snippet with each widget's first view already rendered (declarative shadow DOM): the page paints
the widgets with no script and nothing moves when the script arrives. Input is one of:
  snippet.html                   a file holding the snippet, e.g. <kc-clinic …><kc-explainer …></kc-explainer></kc-clinic>
  -  (or nothing, piped)         the snippet on standard input
  kc-explainer lang=es …         one tag and its attributes
Options:
  --lang=<tag>   the language of the page (<html lang>), used where the snippet sets none (default en)
  --cdn=<URL>    where dist/cdn/ is served (default ${DEFAULT_CDN})
The Content-Security-Policy additions (the hashes of the widgets' inline styles) are printed on standard error.`;

async function main(argv) {
  const [command, ...rest] = argv;
  if (command !== 'prerender') {
    console.error(command && !['-h', '--help', 'help'].includes(command) ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
    return command && !['-h', '--help', 'help'].includes(command) ? 2 : 0;
  }
  const options = {};
  const inputs = [];
  for (const arg of rest) {
    const option = /^--(lang|cdn)=(.*)$/.exec(arg);
    if (option) options[option[1]] = option[2];
    else if (arg === '-h' || arg === '--help') return (console.log(USAGE), 0);
    else inputs.push(arg);
  }
  let snippet;
  if (inputs[0]?.startsWith('kc-')) snippet = snippetFromArguments(inputs[0], inputs.slice(1));
  else if (inputs.length > 1) throw new Error(`Give one file, or a tag and its attributes.\n\n${USAGE}`);
  else snippet = readFileSync(inputs[0] && inputs[0] !== '-' ? inputs[0] : 0, 'utf8');
  const result = await prerender(snippet, options);
  for (const warning of result.warnings) console.error(`Warning: ${warning}`);
  process.stdout.write(result.html);
  console.error(
    `If your page sends a Content-Security-Policy, add these to its style-src (the widgets' styles, inline in the snippet):\n  ${result.cspStyleSources.join(' ')}`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`ketamine-clinic-elements: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  },
);
