// Analyzer plugins that make custom-elements.json describe the package as it is published: the current schema,
// the files the package ships (dist/…js, not src/…ts), each tag's registration, and VS Code CSS data from it.
import { writeFileSync } from 'node:fs';
import { posix } from 'node:path';

/** The custom-elements-manifest schema the manifest follows (the `custom-elements-manifest` package, dev dependency). */
export const SCHEMA_VERSION = '2.1.0';

/** `src/components/clinic/clinic.ts` → `dist/components/clinic/clinic.js`, the module the npm build emits for it. */
export function shippedPath(sourcePath) {
  return sourcePath.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

/** `src/components/clinic/clinic.ts` → `dist/components/clinic/clinic.d.ts`, its declaration file. */
function shippedTypesPath(sourcePath) {
  return sourcePath.replace(/^src\//, 'dist/').replace(/\.[jt]s$/, '.d.ts');
}

/**
 * A module reference as a package-relative path: `./x.js` as written in `from '…'` is resolved against the module
 * that wrote it; the analyzer writes superclass modules from the package root (`/src/…`).
 */
function resolveSpecifier(modulePath, specifier) {
  if (specifier.startsWith('/')) return specifier.slice(1);
  return specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(modulePath), specifier)) : specifier;
}

/** A statement that emits no JavaScript: types, interfaces, `import type`, `export type`, `declare …`. */
function isTypeOnly(ts, statement) {
  if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isModuleDeclaration(statement))
    return true;
  if (ts.isImportDeclaration(statement)) return statement.importClause?.isTypeOnly === true;
  if (ts.isExportDeclaration(statement)) return statement.isTypeOnly;
  return statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword) ?? false;
}

/** A name valid for `customElements.define` has a hyphen and starts with a lowercase letter. */
const isCustomElementName = (name) => /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(name);

/**
 * Rewrites the analyzer's source view into the published one:
 * - each `defineElement('kc-x', KcX)` call becomes a `custom-element-definition` export of its module, pointing at the
 *   module that declares the class (the analyzer only knows `customElements.define`, and reads the one inside
 *   `defineElement` as a tag literally named `tagName`: that one is dropped);
 * - `export { KcX }` of an imported class points at the module that declares it, not at the re-exporting one;
 * - module paths and references name the shipped `dist/…js` files; a module that emits no JavaScript (only types)
 *   is left out, and references to it name its declaration file, the only file it ships;
 * - `schemaVersion` is the current schema.
 */
export function publishedPaths() {
  /** Per source module: imported binding → the source module it comes from. */
  const importsByModule = new Map();
  const typeOnlyModules = new Set();

  return {
    name: 'kc-published-paths',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isSourceFile(node)) {
        const imports = new Map();
        for (const statement of node.statements) {
          if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
          const from = resolveSpecifier(moduleDoc.path, statement.moduleSpecifier.text);
          const bindings = statement.importClause?.namedBindings;
          if (bindings && ts.isNamedImports(bindings))
            for (const element of bindings.elements) imports.set(element.name.text, from);
          if (statement.importClause?.name) imports.set(statement.importClause.name.text, from);
        }
        importsByModule.set(moduleDoc.path, imports);
        if (node.statements.every((statement) => isTypeOnly(ts, statement))) typeOnlyModules.add(moduleDoc.path);
        return;
      }
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, elementClass] = node.arguments;
      if (!tag || !elementClass || !ts.isStringLiteral(tag) || !ts.isIdentifier(elementClass)) return;
      const from = importsByModule.get(moduleDoc.path)?.get(elementClass.text) ?? moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: elementClass.text, module: from } },
      ];
    },
    moduleLinkPhase({ moduleDoc }) {
      const declared = new Set((moduleDoc.declarations ?? []).map((d) => d.name));
      const imports = importsByModule.get(moduleDoc.path) ?? new Map();
      moduleDoc.exports = (moduleDoc.exports ?? []).filter(
        (e) => e.kind !== 'custom-element-definition' || isCustomElementName(e.name),
      );
      for (const e of moduleDoc.exports) {
        if (e.kind === 'js' && e.declaration.module === moduleDoc.path && !declared.has(e.declaration.name)) {
          const from = imports.get(e.declaration.name);
          if (from) e.declaration.module = from;
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const published = (sourcePath) =>
        typeOnlyModules.has(sourcePath.replace(/\.js$/, '.ts')) ? shippedTypesPath(sourcePath) : shippedPath(sourcePath);
      /** Every `module` of a reference inside `value` (no `package`: ours), resolved from `modulePath` and published. */
      const rewriteReferences = (value, modulePath) => {
        if (Array.isArray(value)) {
          for (const item of value) rewriteReferences(item, modulePath);
        } else if (value && typeof value === 'object') {
          if (typeof value.module === 'string' && !value.package)
            value.module = published(resolveSpecifier(modulePath, value.module));
          for (const child of Object.values(value)) rewriteReferences(child, modulePath);
        }
      };
      customElementsManifest.schemaVersion = SCHEMA_VERSION;
      customElementsManifest.modules = customElementsManifest.modules.filter((mod) => !typeOnlyModules.has(mod.path));
      for (const mod of customElementsManifest.modules) {
        rewriteReferences(mod.declarations, mod.path);
        rewriteReferences(mod.exports, mod.path);
        mod.path = shippedPath(mod.path);
      }
    },
  };
}

/**
 * VS Code CSS custom data (`css.customData`): every `--kc-*` custom property and `::part()` of the elements, once each
 * (the elements share the foundation's properties), saying which elements use it.
 */
export function vsCodeCssData({ fileName }) {
  return {
    name: 'kc-vscode-css-data',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules
        .flatMap((mod) => mod.declarations ?? [])
        .filter((d) => d.customElement && d.tagName)
        .sort((a, b) => a.tagName.localeCompare(b.tagName));
      const collect = (list, entryName) => {
        const byName = new Map();
        for (const element of elements) {
          for (const item of element[list] ?? []) {
            const name = entryName(item.name);
            const uses = byName.get(name) ?? [];
            uses.push({ tag: element.tagName, description: item.description ?? '', default: item.default });
            byName.set(name, uses);
          }
        }
        return [...byName].sort(([a], [b]) => a.localeCompare(b)).map(([name, uses]) => ({ name, description: describe(uses) }));
      };
      const data = {
        $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
        version: 1.1,
        properties: collect('cssProperties', (name) => name),
        pseudoElements: collect('cssParts', (name) => `::part(${name})`),
      };
      writeFileSync(fileName, `${JSON.stringify(data, null, 2)}\n`);
    },
  };
}

/** One description for a property or part: the shared text when every element says the same, else each element's. */
function describe(uses) {
  const tags = uses.map((u) => `<${u.tag}>`).join(', ');
  const defaults = [...new Set(uses.map((u) => u.default).filter(Boolean))];
  const texts = new Set(uses.map((u) => u.description));
  const text =
    texts.size === 1 ? `${uses[0].description}\n\nUsed by ${tags}.` : uses.map((u) => `<${u.tag}>: ${u.description}`).join('\n');
  return defaults.length === 1 ? `${text}\n\nDefault: ${defaults[0]}` : text;
}
