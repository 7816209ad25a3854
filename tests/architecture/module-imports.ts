/**
 * What one file imports from packages, name by name: the import graph (./import-graph.ts) keeps only project files,
 * but the rule "no React in lib/" needs to tell `import { cache } from 'react'` from `import type { ComponentType }
 * from 'react'`.
 */
import fs from 'node:fs';
import ts from 'typescript';

export type ModuleImport = {
  specifier: string;
  /** Imported names; '*' for a namespace import, `export *` or a dynamic import, 'default' for a default import. */
  names: string[];
  typeOnly: boolean;
};

export function readModuleImports(file: string): ModuleImport[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const imports: ModuleImport[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const names: string[] = [];
      if (clause?.name) names.push('default');
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) names.push((element.propertyName ?? element.name).text + (element.isTypeOnly ? ' (type)' : ''));
      }
      imports.push({ specifier: node.moduleSpecifier.text, names, typeOnly: clause?.isTypeOnly ?? false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const names = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements.map((e) => (e.propertyName ?? e.name).text) : ['*'];
      imports.push({ specifier: node.moduleSpecifier.text, names, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0]!)) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isDynamicImport || isRequire) imports.push({ specifier: (node.arguments[0] as ts.StringLiteralLike).text, names: ['*'], typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      // `typeof import('react')` in a type position.
      imports.push({ specifier: node.argument.literal.text, names: [node.qualifier ? node.qualifier.getText(source) : '*'], typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return imports;
}
