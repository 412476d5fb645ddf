import { validateCem, type CemValidatorOptions } from '@wc-toolkit/cem-validator';
import Ajv from 'ajv';
import type { CustomElementDeclaration, Export, Package, Reference } from 'custom-elements-manifest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { components } from '../../scripts/components.mjs';

/**
 * custom-elements.json as published: the current schema, module paths naming the files the package ships, one
 * registration per tag, @wc-toolkit/cem-validator clean but for findings shown false here, and the VS Code CSS data.
 * Needs `npm run build` (the manifest and dist/).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

const manifestFile = join(root, 'custom-elements.json');
if (!existsSync(manifestFile) || !existsSync(join(root, 'dist/index.d.ts'))) {
  throw new Error('No custom-elements.json or dist/: run `npm run build` before the tests.');
}
const manifest: Package = readJson(manifestFile);
const elementFolders = components(root);

const elementDeclarations = () =>
  manifest.modules.flatMap((mod) =>
    (mod.declarations ?? [])
      .filter((d): d is CustomElementDeclaration => 'customElement' in d && d.customElement === true)
      .map((declaration) => ({ declaration, path: mod.path })),
  );
const exportsOfKind = <K extends Export['kind']>(kind: K) =>
  manifest.modules.flatMap((mod) =>
    (mod.exports ?? []).filter((e) => e.kind === kind).map((e) => ({ export: e, path: mod.path })),
  );

/** Every reference to a module of this package (no `package`) anywhere in the manifest. */
function localReferences(value: unknown, found: Reference[] = []): Reference[] {
  if (Array.isArray(value)) value.forEach((item) => localReferences(item, found));
  else if (value && typeof value === 'object') {
    const ref = value as Partial<Reference>;
    if (typeof ref.module === 'string' && !ref.package) found.push(ref as Reference);
    Object.values(value).forEach((child) => localReferences(child, found));
  }
  return found;
}

describe('custom-elements.json', () => {
  it('follows the current schema (custom-elements-manifest 2.1.0) and validates against it', () => {
    const schemaPackage = readJson(require.resolve('custom-elements-manifest/package.json'));
    expect(manifest.schemaVersion).toBe(schemaPackage.version);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(
      readJson(require.resolve('custom-elements-manifest/schema.json')),
    );
    expect(validate(manifest), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('names the shipped dist/…js modules, in its paths and in every reference to its own modules', () => {
    const paths = manifest.modules.map((mod) => mod.path);
    expect(paths).toContain('dist/index.js');
    for (const path of paths) {
      expect(path, 'a module path').toMatch(/^dist\/.+\.js$/);
      expect(existsSync(join(root, path)), path).toBe(true);
    }
    const references = localReferences(manifest.modules);
    expect(references.length).toBeGreaterThan(100);
    for (const { name, module } of references) {
      // A type-only module emits no JavaScript: a reference to one names its declaration file.
      expect(module, `${name}'s module`).toMatch(/^dist\/.+(?<!\.d)\.js$|^dist\/.+\.d\.ts$/);
      expect(existsSync(join(root, module!)), `${name} in ${module}`).toBe(true);
    }
  });

  it('says which module registers each tag, and which class it registers', () => {
    const definitions = exportsOfKind('custom-element-definition');
    expect(definitions.map((d) => d.export.name).sort()).toEqual(elementFolders.map((c) => c.tag));
    for (const { name, tag } of elementFolders) {
      const definition = definitions.find((d) => d.export.name === tag)!;
      expect(definition.path, `<${tag}> is registered by its define module`).toBe(`dist/components/${name}/define.js`);
      const { declaration } = definition.export;
      const element = elementDeclarations().find((e) => e.declaration.name === declaration.name);
      expect(element, `${declaration.name} is declared`).toBeDefined();
      expect(element!.path).toBe(declaration.module);
      expect(element!.declaration.tagName).toBe(tag);
      // The define module really registers that class under that tag.
      expect(readFileSync(join(root, definition.path), 'utf8')).toMatch(
        new RegExp(`defineElement\\(["']${tag}["'], ${declaration.name}\\)`),
      );
    }
  });
});

describe('@wc-toolkit/cem-validator', () => {
  type Severity = 'off' | 'warning' | 'error';
  const everyRule = (severity: Severity): CemValidatorOptions['rules'] => ({
    packageJson: {
      packageType: severity,
      main: severity,
      module: severity,
      types: severity,
      exports: severity,
      customElementsProperty: severity,
      publishedCem: severity,
    },
    manifest: {
      schemaVersion: severity,
      modulePath: severity,
      definitionPath: severity,
      typeDefinitionPath: severity,
      exportTypes: severity,
      tagName: severity,
    },
  });

  /** The validator's findings with every rule an error, as `{ rule, message }` (it reports them only through console.log). */
  async function findings(): Promise<{ rule: string; message: string }[]> {
    const logged: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    try {
      // The validator writes into the manifest it checks (method signatures): give it a copy.
      await validateCem(structuredClone(manifest), {
        packageJsonPath: join(root, 'package.json'),
        logErrors: true,
        rules: everyRule('error'),
      });
    } finally {
      log.mockRestore();
    }
    return logged
      .flatMap((text) => text.split('\n'))
      .map((line) => /^\s+- ([\w.]+): (.*)$/.exec(line))
      .filter((match) => match !== null)
      .map(([, rule, message]) => ({ rule: rule!, message: message! }));
  }

  /** Names the package root (`ketamine-clinic-elements`) exports, values and types, read from its declarations. */
  function rootExports(): Set<string> {
    const entry = join(root, 'dist/index.d.ts');
    const program = ts.createProgram([entry], {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    });
    const checker = program.getTypeChecker();
    return new Set(checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!).map((s) => s.name));
  }

  it('finds nothing but findings shown false below', async () => {
    const found = await findings();
    const publicTypes = rootExports();
    const baseClasses = elementDeclarations().filter((e) => !e.declaration.tagName);
    const registered = new Set(exportsOfKind('custom-element-definition').map((d) => d.export.declaration.name));
    const shippedTypes = (path: string) => readFileSync(join(root, path.replace(/\.js$/, '.d.ts')), 'utf8');

    const unexplained = found.filter(({ rule, message }) => {
      // False: "KcElement is missing a tag name / a definition path". KcElement is the abstract base class every element
      // extends (it carries the shared attributes, custom properties and parts, which the elements inherit in the
      // manifest); no module registers it, and TypeScript forbids registering an abstract class. The schema allows a
      // custom element class without a tag for exactly this.
      if (rule === 'manifest.tagName' || rule === 'manifest.definitionPath') {
        const base = baseClasses.find((b) => message.startsWith(`${b.declaration.name} is missing`));
        return !(
          base &&
          !registered.has(base.declaration.name) &&
          shippedTypes(base.path).includes(`declare abstract class ${base.declaration.name}`)
        );
      }
      // False: "KcExplainer is missing exported type "Layout"" and the like. The validator wants every type named in an
      // element's properties and events among the exports its manifest module lists. Those are type-only exports (the
      // analyzer lists no `export interface` / `export type`), several declared in a sibling module (sections.ts,
      // clinic-settings.ts, clock.ts, answers.ts); every one is exported from the package root, which is where
      // the README sends TypeScript users for types (checked here in dist/index.d.ts).
      if (rule === 'manifest.exportTypes') {
        const type = /missing exported type "(\w+)"/.exec(message)?.[1];
        return !(type && publicTypes.has(type));
      }
      return true;
    });
    expect(unexplained).toEqual([]);
  });
});

describe('vscode.css-custom-data.json', () => {
  const cssData: {
    version: number;
    properties: { name: string; description: string }[];
    pseudoElements: { name: string; description: string }[];
  } = readJson(join(root, 'vscode.css-custom-data.json'));

  it('lists every custom property and part of the elements once, with what each element says of it', () => {
    const elements = elementDeclarations().filter((e) => e.declaration.tagName);
    expect(elements.map((e) => e.declaration.tagName).sort()).toEqual(elementFolders.map((c) => c.tag));
    const expected = (entries: 'cssProperties' | 'cssParts', name: (n: string) => string) => {
      const byName = new Map<string, string[]>();
      for (const { declaration } of elements) {
        for (const item of declaration[entries] ?? []) {
          byName.set(name(item.name), [...(byName.get(name(item.name)) ?? []), item.description ?? '']);
        }
      }
      return byName;
    };
    for (const [listed, want] of [
      [cssData.properties, expected('cssProperties', (n) => n)],
      [cssData.pseudoElements, expected('cssParts', (n) => `::part(${n})`)],
    ] as const) {
      const names = listed.map((entry) => entry.name);
      expect(new Set(names).size, 'each name once').toBe(names.length);
      expect(names.sort()).toEqual([...want.keys()].sort());
      for (const entry of listed) for (const text of want.get(entry.name)!) expect(entry.description).toContain(text);
    }
    expect(cssData.properties.map((p) => p.name)).toEqual(expect.arrayContaining(['--kc-color-primary', '--kc-font-family']));
    expect(cssData.pseudoElements.map((p) => p.name)).toContain('::part(base)');
  });
});
