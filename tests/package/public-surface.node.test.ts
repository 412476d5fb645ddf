import type { ClassField, ClassMethod, CustomElementDeclaration, Package } from 'custom-elements-manifest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Nothing internal in the published types: for each element, the public members of its class in the built `.d.ts`
 * (its own and those of the library's base class, `KcElement`) and the props of its React wrapper
 * (`dist/react/index.d.ts`) are each documented in custom-elements.json (a member, an attribute's property, or an
 * event's `onKc…` prop). What Lit, React and the platform define (`requestUpdate`, `className`, `connectedCallback`…)
 * is theirs, not ours, and left out. Needs `npm run build`.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const manifestFile = join(root, 'custom-elements.json');
const reactTypes = join(root, 'dist/react/index.d.ts');
if (!existsSync(manifestFile) || !existsSync(reactTypes)) {
  throw new Error('No custom-elements.json or dist/: run `npm run build` before the tests.');
}
const manifest: Package = JSON.parse(readFileSync(manifestFile, 'utf8'));

/** Custom element reactions: the browser calls them; they are the platform's contract, not the library's API. */
const REACTIONS = ['connectedCallback', 'disconnectedCallback', 'adoptedCallback', 'attributeChangedCallback'];

const ELEMENTS = [
  { tag: 'kc-clinic', className: 'KcClinic', file: 'components/clinic/clinic.d.ts', react: 'Clinic' },
  { tag: 'kc-explainer', className: 'KcExplainer', file: 'components/explainer/explainer.d.ts', react: 'Explainer' },
  {
    tag: 'kc-breathwork-timer',
    className: 'KcBreathworkTimer',
    file: 'components/breathwork-timer/breathwork-timer.d.ts',
    react: 'BreathworkTimer',
  },
  {
    tag: 'kc-eligibility-check',
    className: 'KcEligibilityCheck',
    file: 'components/eligibility-check/eligibility-check.d.ts',
    react: 'EligibilityCheck',
  },
] as const;

function declarationOf(tag: string): CustomElementDeclaration {
  for (const mod of manifest.modules)
    for (const declaration of mod.declarations ?? [])
      if (declaration.kind === 'class' && 'customElement' in declaration && declaration.tagName === tag) return declaration;
  throw new Error(`custom-elements.json has no <${tag}>`);
}

/** The `onKc…` prop @lit/react makes of an event name. */
const eventProp = (event: string) => `on${event.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase())}`;

/** Every name custom-elements.json documents for an element: its public members, attributes' properties, event props. */
function documented(tag: string): Set<string> {
  const declaration = declarationOf(tag);
  const members = (declaration.members ?? []) as (ClassField | ClassMethod)[];
  return new Set([
    ...members.filter((member) => !member.privacy || member.privacy === 'public').map((member) => member.name),
    ...(declaration.attributes ?? []).flatMap((attribute) => (attribute.fieldName ? [attribute.fieldName] : [])),
    ...(declaration.events ?? []).flatMap((event) => (event.name ? [eventProp(event.name)] : [])),
  ]);
}

const program = ts.createProgram([reactTypes], {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  experimentalDecorators: true,
  skipLibCheck: true,
  types: [],
  jsx: ts.JsxEmit.ReactJSX,
});
const checker = program.getTypeChecker();

/** The public members a class declares in a built `.d.ts`: neither `private`, `protected` nor `#private`. */
function publicMembers(file: string, className: string): string[] {
  const source = program.getSourceFile(join(root, 'dist', file));
  if (!source) throw new Error(`dist/${file} is not part of the React wrapper's types`);
  const declaration = source.statements.find(
    (statement): statement is ts.ClassDeclaration => ts.isClassDeclaration(statement) && statement.name?.text === className,
  );
  if (!declaration) throw new Error(`dist/${file} declares no class ${className}`);
  const hidden = (member: ts.ClassElement) =>
    ts.canHaveModifiers(member) &&
    (ts.getModifiers(member) ?? []).some(
      (modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword || modifier.kind === ts.SyntaxKind.ProtectedKeyword,
    );
  return declaration.members
    .filter((member) => member.name && !ts.isPrivateIdentifier(member.name) && !hidden(member))
    .map((member) => member.name!.getText(source));
}

/** The properties of an exported value's type, or of its first call signature's first parameter (a component's props). */
function propsOf(exportName: string): ts.Symbol[] {
  const source = program.getSourceFile(reactTypes)!;
  const moduleSymbol = checker.getSymbolAtLocation(source)!;
  const exported = checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.name === exportName);
  if (!exported) throw new Error(`dist/react/index.d.ts exports no ${exportName}`);
  const type = checker.getTypeOfSymbol(exported);
  const [signature] = type.getCallSignatures();
  if (!signature) throw new Error(`${exportName} is not a component`);
  const props = checker.getTypeOfSymbol(signature.getParameters()[0]!);
  return checker.getPropertiesOfType(props);
}

/**
 * Whether a prop is the library's: declared in its built files, or made by its own mapped type of event props
 * (`onKc…`, which has no declaration of its own); not another package's (Lit, React, the DOM).
 */
const declaredByUs = (symbol: ts.Symbol) =>
  !symbol.getDeclarations()?.length ||
  symbol.getDeclarations()!.some((node) => {
    const file = node.getSourceFile().fileName;
    return file.startsWith(join(root, 'dist')) && !file.includes('node_modules');
  });

/** Names the library's base class declares but Lit already has (`styles`, overridden): Lit's API, not ours. */
const litNames = (() => {
  const source = program.getSourceFile(join(root, 'dist/shared/kc-element.d.ts'));
  if (!source) throw new Error('dist/shared/kc-element.d.ts is not part of the React wrapper types');
  const kcElement = source.statements.find(
    (statement): statement is ts.ClassDeclaration => ts.isClassDeclaration(statement) && statement.name?.text === 'KcElement',
  )!;
  const litElement = checker.getTypeAtLocation(kcElement.heritageClauses![0]!.types[0]!.expression);
  const staticSide = checker.getTypeOfSymbol(checker.getSymbolAtLocation(kcElement.heritageClauses![0]!.types[0]!.expression)!);
  return new Set([...checker.getPropertiesOfType(litElement), ...checker.getPropertiesOfType(staticSide)].map((s) => s.name));
})();

/** What a class's d.ts and its React wrapper make public that custom-elements.json does not document. */
function undocumented({ tag, className, file, react }: (typeof ELEMENTS)[number]) {
  const docs = documented(tag);
  const ours = (name: string) => !litNames.has(name) && !REACTIONS.includes(name);
  const classMembers = [...publicMembers(file, className), ...publicMembers('shared/kc-element.d.ts', 'KcElement')].filter(ours);
  const reactProps = propsOf(react)
    .filter(declaredByUs)
    .map((symbol) => symbol.name)
    .filter(ours);
  return {
    classMembers: [...new Set(classMembers.filter((name) => !docs.has(name)))].sort(),
    reactProps: [...new Set(reactProps.filter((name) => !docs.has(name)))].sort(),
    reactPropCount: reactProps.length,
  };
}

describe('the published types expose only what custom-elements.json documents', () => {
  it('finds the members and props it compares (the probe itself works)', () => {
    const timer = undocumented(ELEMENTS[2]);
    // Properties, methods and event props of the timer reach its React wrapper.
    expect(timer.reactPropCount).toBe(25);
    expect(propsOf('BreathworkTimer').map((symbol) => symbol.name)).toEqual(
      expect.arrayContaining(['pattern', 'showPicker', 'start', 'state', 'onKcBreathPhase', 'theme']),
    );
  });

  it('the built types still compile with `stripInternal` (nothing public refers to what it strips)', () => {
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName.startsWith(join(root, 'dist')))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(errors).toEqual([]);
  });

  it.each(ELEMENTS)('<$tag>: its class and React wrapper expose nothing undocumented', (element) => {
    expect(undocumented(element)).toMatchObject({ classMembers: [], reactProps: [] });
  });
});
