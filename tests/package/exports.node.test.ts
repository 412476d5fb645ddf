import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { components } from '../../scripts/components.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));

/** Runs an ES module snippet in a plain Node process inside the package (self-reference by name). */
function runInNode(code: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
}

describe('the npm package (dist/)', () => {
  it('has been built', () => {
    expect(existsSync(`${root}/dist/index.js`), 'run `npm run build` before the tests').toBe(true);
  });

  it('imports in plain Node without throwing and registers nothing', () => {
    const out = runInNode(`
      const m = await import('ketamine-clinic-elements');
      const registered = globalThis.customElements?.get?.('kc-clinic') ?? null;
      console.log(JSON.stringify({ keys: Object.keys(m).sort(), registered }));
    `);
    const { keys, registered } = JSON.parse(out);
    expect(registered).toBeNull();
    expect(keys).toEqual(expect.arrayContaining(['KcClinic', 'parseClinicAttributes', 'checkSafeUrl', 'clinicContext']));
  });

  it('resolves ./define and one ./<tag> entry per element folder, each with types', () => {
    const tags = components(root).map((c) => c.tag);
    expect(tags).toContain('kc-clinic');
    const out = runInNode(`
      const specifiers = ${JSON.stringify(['ketamine-clinic-elements', 'ketamine-clinic-elements/define', ...tags.map((t) => `ketamine-clinic-elements/${t}`)])};
      console.log(JSON.stringify(specifiers.map((s) => import.meta.resolve(s))));
    `);
    const resolved: string[] = JSON.parse(out);
    for (const url of resolved) {
      const file = fileURLToPath(url);
      expect(existsSync(file), file).toBe(true);
      expect(existsSync(file.replace(/\.js$/, '.d.ts')), `${file} types`).toBe(true);
    }
  });

  it('exports the hand-off schema and the FHIR Questionnaires as JSON, equal to what the code builds', () => {
    const out = runInNode(`
      const { readFileSync } = await import('node:fs');
      const { fileURLToPath } = await import('node:url');
      const m = await import('ketamine-clinic-elements');
      const read = (specifier) => JSON.parse(readFileSync(fileURLToPath(import.meta.resolve(specifier)), 'utf8'));
      const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
      console.log(JSON.stringify({
        schema: same(read('ketamine-clinic-elements/handoff.schema.json'), m.HANDOFF_SCHEMA),
        schemaVersion: read('ketamine-clinic-elements/handoff.schema.json').properties.schemaVersion.const,
        questionnaires: m.FHIR_QUESTIONNAIRE_IDS.map((id) => same(read(\`ketamine-clinic-elements/fhir/\${id}.questionnaire.json\`), m.fhirQuestionnaire(id))),
        ids: m.FHIR_QUESTIONNAIRE_IDS,
      }));
    `);
    expect(JSON.parse(out)).toEqual({
      schema: true,
      schemaVersion: 1,
      questionnaires: [true, true, true],
      ids: ['gad7', 'phq9', 'screening'],
    });
  });

  it('keeps lit and @lit/context external, as dependencies', () => {
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['lit', '@lit/context']));
    const clinic = readFileSync(`${root}/dist/components/clinic/clinic.js`, 'utf8');
    expect(clinic).toMatch(/from "lit"/);
    expect(clinic).toMatch(/from "@lit\/context"/);
    expect(clinic).not.toMatch(/class ReactiveElement/);
  });

  it('ships source maps and names only the registration entries as side effects', () => {
    expect(existsSync(`${root}/dist/index.js.map`) || existsSync(`${root}/dist/components/clinic/clinic.js.map`)).toBe(true);
    expect(pkg.sideEffects).toEqual(expect.arrayContaining(['./dist/define.js', './dist/components/*/define.js']));
    expect(pkg.sideEffects).not.toContain('./dist/index.js');
    expect(pkg.sideEffects).not.toContain('./src/index.ts');
  });

  it('points editors at the generated manifest and IDE data', () => {
    expect(pkg.customElements).toBe('custom-elements.json');
    for (const file of ['custom-elements.json', 'web-types.json', 'vscode.html-custom-data.json']) {
      expect(existsSync(`${root}/${file}`), file).toBe(true);
      expect(pkg.files).toContain(file);
    }
    const manifest = JSON.parse(readFileSync(`${root}/custom-elements.json`, 'utf8'));
    const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) =>
      (m.declarations ?? []).map((d) => d.tagName).filter(Boolean),
    );
    expect(tags.sort()).toEqual(
      components(root)
        .map((c) => c.tag)
        .sort(),
    );
    const webTypes = JSON.parse(readFileSync(`${root}/web-types.json`, 'utf8'));
    expect(webTypes.contributions.html.elements.map((e: { name: string }) => e.name).sort()).toEqual(tags.sort());
    const vscode = JSON.parse(readFileSync(`${root}/vscode.html-custom-data.json`, 'utf8'));
    expect(vscode.tags.map((t: { name: string }) => t.name).sort()).toEqual(tags.sort());
  });
});
