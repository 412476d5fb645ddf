import type { Reference } from 'custom-elements-manifest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { components } from '../../scripts/components.mjs';

/**
 * The tarball `npm publish` would upload, packed into a temporary folder and unpacked there: what it holds, and
 * publint and @arethetypeswrong/cli (profile esm-only) on it. Needs `npm run build`.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tags = components(root).map((c) => c.tag);

let workDir: string;
let tarball: string;
let packed: Set<string>;
/** A file of the unpacked tarball. */
const shipped = (path: string) => readFileSync(join(workDir, 'package', path), 'utf8');

beforeAll(() => {
  expect(existsSync(join(root, 'dist/index.js')), 'run `npm run build` before the tests').toBe(true);
  workDir = mkdtempSync(join(tmpdir(), 'kc-pack-'));
  const [info] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workDir], { cwd: root, encoding: 'utf8' }),
  );
  tarball = join(workDir, info.filename);
  packed = new Set(info.files.map((f: { path: string }) => f.path));
  execFileSync('tar', ['-xzf', tarball, '-C', workDir]);
}, 60_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** @arethetypeswrong/cli on the tarball, as JSON; `status` is its exit code (0: nothing the profile counts). */
function attw(entrypoints: string[], ...options: string[]) {
  const cli = join(posix.dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist/index.js');
  const run = spawnSync(
    process.execPath,
    [cli, tarball, '--profile', 'esm-only', '--format', 'json', '--entrypoints', ...entrypoints, ...options],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  type Resolution = { resolution?: { fileName: string } };
  const report: {
    analysis: { entrypoints: Record<string, { resolutions: Record<string, Resolution> }> };
    problems: Record<string, { kind: string; entrypoint: string; resolutionKind: string }[]>;
  } = JSON.parse(run.stdout);
  // The JSON lists problems in every resolution mode; esm-only ignores these two (CommonJS consumers), as the exit code does.
  const ignored = ['node10', 'node16-cjs'];
  const problems = Object.values(report.problems)
    .flat()
    .filter((p) => !ignored.includes(p.resolutionKind));
  return { status: run.status, problems, entrypoints: report.analysis.entrypoints };
}

describe('the packed tarball', () => {
  it('carries the MIT licence that package.json names', () => {
    expect(pkg.license).toBe('MIT');
    expect(packed).toContain('LICENSE');
    const licence = shipped('LICENSE');
    expect(licence).toMatch(/^MIT License\n/);
    expect(licence).toMatch(/Copyright \(c\) \d{4} ketamine-clinic-elements contributors/);
    expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it('ships and exports the manifest and the editor data, CSS custom data included', () => {
    for (const file of [
      'custom-elements.json',
      'web-types.json',
      'vscode.html-custom-data.json',
      'vscode.css-custom-data.json',
    ]) {
      expect(packed, file).toContain(file);
      expect(pkg.exports[`./${file}`], file).toBe(`./${file}`);
    }
    const cssData = JSON.parse(shipped('vscode.css-custom-data.json'));
    expect(cssData.properties.map((p: { name: string }) => p.name)).toContain('--kc-color-primary');
  });

  it('ships the hand-off schema and the FHIR Questionnaires it exports', () => {
    for (const [specifier, file] of [
      ['./handoff.schema.json', 'dist/handoff.schema.json'],
      ['./fhir/*.questionnaire.json', 'dist/fhir/*.questionnaire.json'],
    ]) {
      expect(pkg.exports[specifier!], specifier).toBe(`./${file}`);
    }
    for (const file of [
      'dist/handoff.schema.json',
      'dist/fhir/gad7.questionnaire.json',
      'dist/fhir/phq9.questionnaire.json',
      'dist/fhir/screening.questionnaire.json',
    ])
      expect(packed, file).toContain(file);
    expect(JSON.parse(shipped('dist/handoff.schema.json')).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.parse(shipped('dist/fhir/gad7.questionnaire.json')).resourceType).toBe('Questionnaire');
  });

  it('holds every module custom-elements.json names', () => {
    const manifest = JSON.parse(shipped('custom-elements.json'));
    const references: Reference[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        const ref = value as Partial<Reference>;
        if (typeof ref.module === 'string' && !ref.package) references.push(ref as Reference);
        Object.values(value).forEach(collect);
      }
    };
    collect(manifest.modules);
    const named = new Set([...manifest.modules.map((m: { path: string }) => m.path), ...references.map((r) => r.module!)]);
    expect(named.size).toBeGreaterThan(40);
    expect([...named].filter((path) => !packed.has(path))).toEqual([]);
  });

  it('has source maps whose sources are shipped or embedded (no declaration maps into the unshipped src/)', () => {
    const maps = [...packed].filter((path) => path.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    const dangling: string[] = [];
    for (const map of maps) {
      const { sources, sourcesContent = [] } = JSON.parse(shipped(map)) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      sources.forEach((source, i) => {
        const path = posix.normalize(posix.join(posix.dirname(map), source));
        if (typeof sourcesContent[i] !== 'string' && !packed.has(path)) dangling.push(`${map} → ${source}`);
      });
    }
    expect(dangling).toEqual([]);
  });

  it('is clean under publint, suggestions included', async () => {
    const data = readFileSync(tarball);
    const { messages, pkg: linted } = await publint({
      pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
      level: 'suggestion',
      strict: true,
    });
    expect(messages.map((m) => `${m.type} ${m.code}: ${formatMessage(m, linted)}`)).toEqual([]);
  });

  it('is clean under @arethetypeswrong/cli --profile esm-only, every ./kc-<name> entry by name', () => {
    const entrypoints = ['.', './define', './react', ...tags.map((tag) => `./${tag}`)];
    expect(entrypoints).toContain('./kc-clinic');
    const { status, problems, entrypoints: analysed } = attw(entrypoints);
    expect(problems).toEqual([]);
    expect(status).toBe(0);
    expect(Object.keys(analysed).sort()).toEqual([...entrypoints].sort());
    for (const { name, tag } of components(root)) {
      for (const mode of ['node16-esm', 'bundler']) {
        expect(analysed[`./${tag}`]!.resolutions[mode]!.resolution?.fileName, `${tag} types (${mode})`).toMatch(
          new RegExp(`/dist/components/${name}/define\\.d\\.ts$`),
        );
      }
    }
  }, 60_000);

  it('documents ./cdn/* as script-only: the entries resolve, and their only finding is that they have no types', () => {
    const entrypoints = ['./cdn/all.js', ...tags.map((tag) => `./cdn/${tag}.js`)];
    const { problems } = attw(entrypoints);
    expect(new Set(problems.map((p) => p.kind))).toEqual(new Set(['UntypedResolution']));
    expect(new Set(problems.map((p) => p.entrypoint))).toEqual(new Set(entrypoints));
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toMatch(
      /`ketamine-clinic-elements\/cdn\/\*`[^]*?script-only, with no types/,
    );
  }, 60_000);
});
