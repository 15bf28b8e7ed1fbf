import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const COMMON = join(import.meta.dirname, '../../../common');
const modules = readdirSync(COMMON).filter((name) => name.endsWith('.ts'));

/** What would tie a module to the browser or to Node, so that the other side could not import it. */
const HOST_GLOBALS = new Set([
  'document',
  'window',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'self',
  'process',
  'Buffer',
  'require',
  'module',
  '__dirname',
  '__filename',
  'globalThis',
]);

/** Every module specifier (import, re-export, dynamic import) and every referenced identifier of some code. */
function scan(code: string): { specifiers: string[]; identifiers: Set<string> } {
  const source = ts.createSourceFile('scanned.ts', code, ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const identifiers = new Set<string>();
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      specifiers.push(argument && ts.isStringLiteral(argument) ? argument.text : '(computed)');
    }
    // A property name (`url.hostname`, `{ module: 1 }`) is not a reference to a global.
    const parent = node.parent;
    const isPropertyName =
      parent &&
      (ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) &&
      parent.name === node;
    if (ts.isIdentifier(node) && !isPropertyName) identifiers.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { specifiers, identifiers };
}

const scanModule = (name: string) => scan(readFileSync(join(COMMON, name), 'utf8'));

describe('common/ is pure', () => {
  it('holds the shared modules', () => {
    expect(modules).toEqual(
      expect.arrayContaining(['brand-contract.ts', 'brand-formats.ts', 'brand-palette.ts', 'color-contrast.ts']),
    );
  });

  it('the scan finds imports and globals, and skips property names', () => {
    const { specifiers, identifiers } = scan(
      "import { x } from 'zod'; export { y } from '../src/a.ts'; const t = document.title; void import('node:fs'); const o = { module: 1 }; o.module;",
    );
    expect(specifiers).toEqual(['zod', '../src/a.ts', 'node:fs']);
    expect(identifiers.has('document')).toBe(true);
    expect(identifiers.has('module')).toBe(false);
  });

  it.each(modules)('%s imports only its neighbours (no package, no node:, nothing from src/ or scripts/)', (name) => {
    for (const specifier of scanModule(name).specifiers) {
      expect(specifier, `${name} imports ${specifier}`).toMatch(/^\.\/[a-z0-9-]+\.ts$/);
      expect(modules, `${name} imports ${specifier}`).toContain(specifier.slice(2));
    }
  });

  it.each(modules)('%s uses no browser or Node global', (name) => {
    expect([...scanModule(name).identifiers].filter((identifier) => HOST_GLOBALS.has(identifier))).toEqual([]);
  });
});
