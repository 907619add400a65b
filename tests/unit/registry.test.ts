// The collection registry is the one list of collections: its rows must be complete and
// consistent, since the content config, checker, routes, URLs and scaffolding derive from them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, COLLECTION_NAMES, PAGE_FOLDERS, entryPath, folderOf, routeOf, type CollectionSpec } from '../../src/model/registry';
import { ENTRY_ROUTES, routesIn } from '../../src/model/pages';
import { OTHER_ROUTES } from '../../src/opendata/routes';
import { SCAFFOLD_TYPES } from '../../src/editor/scaffold';
import { PROJECT_ROOT } from './editor-fixture';
import { jsonSchemaOf } from '../../src/schemas/json-schema';

const rows: readonly CollectionSpec[] = COLLECTIONS;
const SRC = path.join(PROJECT_ROOT, 'src');

describe.each(rows.map((r) => [r.name, r] as const))('registry row %s', (_name, row) => {
  it('points its references at collections of the registry or at site pages', () => {
    for (const [field, target] of row.references ?? []) {
      expect(target === 'page' || (COLLECTION_NAMES as readonly string[]).includes(target), `${row.name}.${field} → ${target}`).toBe(true);
    }
  });

  it('gives each reference a meaning the relations can read: `mutual` only between entries of the row, `about`/`one` on one id', () => {
    const properties = (jsonSchemaOf(row.schema, 'input')['properties'] ?? {}) as Record<string, { type?: string }>;
    for (const [field, target, role] of row.references ?? []) {
      if (role === 'mutual') expect(target, `${row.name}.${field}`).toBe(row.name);
      // An entry is about one municipality: a list (`municipalities`) mentions them.
      if (role === 'about' || role === 'one') expect(properties[field]?.type, `${row.name}.${field}`).toBe('string');
    }
  });

  it('has a file place of its kind, with extensions where files are many', () => {
    if (row.kind === 'record' || row.kind === 'page') {
      expect(row.extensions?.length).toBeGreaterThan(0);
      for (const ext of row.extensions!) expect(ext).toMatch(/^\.[a-z]+$/);
    } else {
      expect(row.extensions).toBeUndefined();
      expect(row.path).toMatch(/^data\/[a-z]+\.(csv|yaml)$/);
    }
  });

  it('validates strictly: unknown keys are errors', () => {
    const def = (row.schema as unknown as { def?: { catchall?: { def?: { type?: string } } } }).def;
    expect(def?.catchall?.def?.type).toBe('never');
  });

  it('has a page route in src/pages when it declares pages, and a template when it can be scaffolded', () => {
    if (row.pages) {
      const routes = routesIn(path.join(SRC, 'pages')).map((r) => r.route);
      expect(routes).toContain(routeOf(row));
    }
    if (row.scaffold) expect(existsSync(path.join(SRC, 'editor/templates', row.scaffold.template))).toBe(true);
  });
});

describe('the registry as a whole', () => {
  it('gives every collection its own place under content/', () => {
    const places = rows.map((r) => folderOf(r));
    expect(new Set(places).size).toBe(places.length);
    const names = rows.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('declares every dynamic route in src/pages, and nothing else', () => {
    const dynamic = routesIn(path.join(SRC, 'pages'))
      .filter((r) => r.route.includes('['))
      .map((r) => r.route);
    expect(dynamic.sort()).toEqual([...Object.keys(ENTRY_ROUTES), ...Object.keys(OTHER_ROUTES)].sort());
  });

  it('makes page paths and scaffolding from the rows', () => {
    expect(entryPath('initiatives', 'aalborg/cafe')).toBe('indsatser/aalborg/cafe');
    expect(entryPath('sources', 'x')).toBeUndefined();
    expect([...PAGE_FOLDERS.keys()].sort()).toEqual(['fortaelling', 'guide', 'interviews', 'strategier']);
    expect(SCAFFOLD_TYPES.map((t) => t.collection).sort()).toEqual(
      rows
        .filter((r) => r.scaffold)
        .map((r) => r.name)
        .sort(),
    );
  });
});
