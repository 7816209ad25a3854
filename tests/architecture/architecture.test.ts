/**
 * The architecture rules that the compiler does not check (ADR 022), as tests over the project's import graph:
 *  - no import cycles, type-only imports included;
 *  - lib/ holds no React view code: no .tsx, no React beyond `cache`, nothing from components/ or app/;
 *  - the component view registries are reached only by the routes that render them: not from lib/, the public
 *    views only from the public component route, the admin views only from admin routes, and no public page
 *    reaches the admin views (that decides the JavaScript visitors download).
 * Each failure lists the offending files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, readImportGraph } from './import-graph';
import { readModuleImports } from './module-imports';

const ROOT = path.resolve(__dirname, '../..');
const graph = readImportGraph();
const files = [...graph.keys()].sort();

const PUBLIC_VIEWS = 'components/component-views/public-views.ts';
const ADMIN_VIEWS = 'components/component-views/admin-views.ts';
const VIEW_REGISTRIES = [PUBLIC_VIEWS, ADMIN_VIEWS];
const PUBLIC_COMPONENT_ROUTE = 'app/[locale]/spaces/[spaceSlug]/c/[componentId]/[[...path]]/page.tsx';

/** What lib/ may import from React: request-scoped memoization for server code, nothing that renders. */
const REACT_NAMES_ALLOWED_IN_LIB = new Set(['cache']);
/** Packages (and subpaths) of view code that lib/ must not import at all. */
const VIEW_PACKAGES = /^(react-dom|react-markdown|react-hook-form|react-leaflet|@hookform\/[^/]+|react\/.+|next\/(link|image|script|dynamic|head))(\/.*)?$/;

const isLib = (file: string) => file.startsWith('lib/');
const isTest = (file: string) => file.startsWith('tests/') || /\.test\.tsx?$/.test(file);

/** Every project file `from` reaches, each with one import path that leads there. */
function reachable(from: string): Map<string, string[]> {
  const paths = new Map<string, string[]>([[from, [from]]]);
  const queue = [from];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of graph.get(file) ?? []) {
      if (paths.has(next)) continue;
      paths.set(next, [...paths.get(file)!, next]);
      queue.push(next);
    }
  }
  paths.delete(from);
  return paths;
}

/** One concrete cycle inside a strongly connected group, for a readable failure message. */
function oneCycle(group: string[]): string {
  const members = new Set(group);
  const start = group[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of graph.get(file) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const cycle = [start];
        for (let at = file; at !== start; at = previous.get(at)!) cycle.splice(1, 0, at);
        return [...cycle, start].join(' → ');
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return group.join(', ');
}

describe('the import graph', () => {
  it('is read from the whole project', () => {
    // A broken reader would make every rule below pass vacuously.
    expect(files.length).toBeGreaterThan(100);
    for (const file of [...VIEW_REGISTRIES, PUBLIC_COMPONENT_ROUTE, 'lib/core/components/registry.ts']) expect(files).toContain(file);
    expect(graph.get(PUBLIC_COMPONENT_ROUTE)).toContain(PUBLIC_VIEWS);
  });

  it('has no import cycles, type-only imports included', () => {
    const cycles = findCycles(graph).map((group) => `${group.length} files: ${oneCycle(group)}`);
    expect(cycles, 'import cycles (break each by moving the shared part into a module both can import)').toEqual([]);
  });
});

describe('lib/ is free of React views', () => {
  const libFiles = files.filter(isLib);

  it('has no .tsx files', () => {
    expect(
      libFiles.filter((file) => file.endsWith('.tsx')),
      'React components in lib/ (views belong in components/, ADR 022)',
    ).toEqual([]);
  });

  it('imports nothing from components/ or app/', () => {
    const offenders = libFiles.flatMap((file) =>
      (graph.get(file) ?? []).filter((target) => target.startsWith('components/') || target.startsWith('app/')).map((target) => `${file} → ${target}`),
    );
    expect(offenders, 'lib/ files importing UI code (lib/ must not depend on components/ or app/)').toEqual([]);
  });

  it(`imports from React only ${[...REACT_NAMES_ALLOWED_IN_LIB].join(', ')}, and no view packages`, () => {
    // Parsing is slow: only files that mention a React or Next.js view package at all are parsed.
    const candidates = libFiles.filter((file) => /react|hookform|next\//.test(fs.readFileSync(path.join(ROOT, file), 'utf8')));
    const offenders = candidates.flatMap((file) =>
      readModuleImports(path.join(ROOT, file)).flatMap(({ specifier, names }) => {
        if (specifier === 'react') {
          const refused = names.map((name) => name.replace(/ \(type\)$/, '')).filter((name) => !REACT_NAMES_ALLOWED_IN_LIB.has(name));
          return refused.length > 0 ? [`${file}: ${refused.join(', ')} from 'react'`] : [];
        }
        return VIEW_PACKAGES.test(specifier) ? [`${file}: '${specifier}'`] : [];
      }),
    );
    expect(offenders, 'React view code imported in lib/ (views and their types belong in components/, ADR 022)').toEqual([]);
  }, 30_000);
});

describe('component view registries', () => {
  it('are not reached from lib/', () => {
    const offenders = files.filter(isLib).flatMap((file) => {
      const paths = reachable(file);
      return VIEW_REGISTRIES.filter((registry) => paths.has(registry)).map((registry) => paths.get(registry)!.join(' → '));
    });
    expect(offenders, 'lib/ files that reach a view registry (lib/ holds definitions only, ADR 022)').toEqual([]);
  });

  it('are imported only by the routes that render them (and tests)', () => {
    const allowed: Record<string, (file: string) => boolean> = {
      [PUBLIC_VIEWS]: (file) => file === PUBLIC_COMPONENT_ROUTE,
      [ADMIN_VIEWS]: (file) => file.startsWith('app/[locale]/admin/'),
    };
    const offenders = files.flatMap((file) =>
      VIEW_REGISTRIES.filter((registry) => graph.get(file)?.includes(registry) && !allowed[registry]!(file) && !isTest(file)).map(
        (registry) => `${file} → ${registry}`,
      ),
    );
    expect(offenders, 'view registries imported outside their routes').toEqual([]);
  });

  it('keep the admin views out of every public page', () => {
    const publicFiles = files.filter((file) => file.startsWith('app/') && !file.startsWith('app/[locale]/admin/') && !isTest(file));
    const offenders = publicFiles.flatMap((file) => {
      const via = reachable(file).get(ADMIN_VIEWS);
      return via ? [via.join(' → ')] : [];
    });
    expect(offenders, 'public routes that reach the admin views (their forms would ship to every visitor)').toEqual([]);
  });
});
