// `npm run ny` knows the collections only through their registry rows: a new row with a
// `scaffold` spec (its arguments, its id rule, what its template is filled with) and its
// references (a `one` reference to municipalities allows one entry per municipality) is a new
// command, with no change to src/editor/scaffold.ts.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTIONS, entryPath, type CollectionSpec } from '../../src/model/registry';
import { findType, loadSite, planEntry, render, scaffoldTypes, ScaffoldError, usage, type Site } from '../../src/editor/scaffold';
import { OTHER_ROUTES } from '../../src/opendata/routes';
import { makeSite, PROJECT_ROOT, TODAY } from './editor-fixture';

const events: CollectionSpec = {
  name: 'events',
  kind: 'record',
  path: 'begivenheder',
  extensions: ['.yaml'],
  perMunicipality: true,
  schema: z.strictObject({ title: z.string(), municipality: z.string(), source: z.string() }),
  noun: 'en begivenhed',
  label: 'begivenhederne',
  references: [
    ['municipality', 'municipalities', 'about'],
    ['source', 'page'],
  ],
  pages: { folder: 'begivenheder' },
  scaffold: {
    command: 'begivenhed',
    aliases: ['event'],
    template: 'begivenhed.yaml',
    args: ['municipality', 'title'],
    id: ['title'],
    fill: ['sourcePage'],
    usage: '<kommune> "<titel>"',
    example: 'kolding "Netværksdag"',
  },
};
const plans: CollectionSpec = {
  name: 'plans',
  kind: 'page',
  path: 'handleplaner',
  extensions: ['.mdx', '.md'],
  schema: z.strictObject({ municipality: z.string(), order: z.number() }),
  noun: 'en handleplan',
  label: 'handleplanerne',
  references: [['municipality', 'municipalities', 'one']],
  scaffold: {
    command: 'handleplan',
    aliases: [],
    template: 'handleplan.mdx',
    args: ['municipality', 'month'],
    id: ['municipality', 'month'],
    fill: ['order', 'answers'],
    usage: '<kommune> [<åååå-mm>]',
    example: 'kolding 2026-03',
  },
};
const rows = [...COLLECTIONS, events, plans];
const types = scaffoldTypes(rows);
const OPTIONS = { srcDir: path.join(PROJECT_ROOT, 'src'), publicDir: path.join(PROJECT_ROOT, 'public'), otherRoutes: OTHER_ROUTES, today: TODAY };
const root = makeSite();
const checked = loadSite(root, OPTIONS);
// The minimal site with one plan for Aalborg already there.
const site: Site = {
  entries: [
    ...checked.entries,
    {
      ...checked.entries.find((e) => e.collection === 'strategies')!,
      collection: 'plans' as never,
      id: 'aalborg-2025-01',
      filePath: 'content/handleplaner/aalborg-2025-01.mdx',
      data: { municipality: 'aalborg', order: 4 },
    },
  ],
  ids: checked.ids,
};
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run ny for a collection added to the registry', () => {
  it('is a command, listed in the usage text, found by its name and aliases', () => {
    expect(findType('begivenhed', types).collection).toBe('events');
    expect(findType('event', types).collection).toBe('events');
    expect(usage(types)).toContain('npm run ny -- begivenhed <kommune> "<titel>"');
    expect(() => findType('begivenhd', types)).toThrow('Ukendt type "begivenhd". Mente du "begivenhed"?');
  });

  it('makes the id, file and page from the spec, and fills the template from its arguments and `fill`', () => {
    const planned = planEntry(findType('begivenhed', types), site, ['kolding', 'Netværksdag "Nord"'], TODAY, rows);
    expect(planned).toMatchObject({
      id: 'kolding/netvaerksdag-nord',
      file: 'content/begivenheder/kolding/netvaerksdag-nord.yaml',
      page: '/begivenheder/kolding/netvaerksdag-nord/',
    });
    expect(Object.keys(planned.vars).sort()).toEqual(['id', 'kildeside', 'kildesideDato', 'kommune', 'kommuneNavn', 'titel']);
    expect(planned.vars).toMatchObject({ kommune: 'kolding', kommuneNavn: 'Kolding Kommune', titel: 'Netværksdag \\"Nord\\"', id: 'netvaerksdag-nord' });
    // Kolding has no page about it in the minimal site: a published page of the site, with its date.
    const from = site.entries.find((e) => entryPath(e.collection, e.id) === planned.vars['kildeside'])!;
    expect(from, planned.vars['kildeside']).toBeDefined();
    expect(from.draft).toBe(false);
    expect(planned.vars['kildesideDato']).toBe((from.data['factsAsOf'] as Date).toISOString().slice(0, 10));
    expect(render('title: "{{titel}}"\nmunicipality: {{kommune}}\nsource: {{kildeside}}\n', planned.vars)).toContain('title: "Netværksdag \\"Nord\\""');
  });

  it('takes the source page about the municipality when there is one (its strategy)', () => {
    expect(planEntry(findType('begivenhed', types), site, ['aalborg', 'Dag'], TODAY, rows).vars['kildeside']).toBe('strategier/aalborg');
  });

  it('joins the id from its parts, numbers `order` after the highest, and gives an entry without pages its municipality’s page', () => {
    const planned = planEntry(findType('handleplan', types), site, ['kolding', '2026-03'], TODAY, rows);
    expect(planned).toMatchObject({ id: 'kolding-2026-03', file: 'content/handleplaner/kolding-2026-03.mdx', page: '/kommuner/kolding/' });
    expect(planned.vars).toMatchObject({ dato: '2026-03-01', datoTekst: 'marts 2026', orden: '5' });
    expect(planned.vars['svar']).toContain('<Answer question=');
  });

  it.each([
    [
      'a second entry where the reference is `one`',
      'handleplan',
      ['aalborg'],
      'Aalborg Kommune har allerede en handleplan: content/handleplaner/aalborg-2025-01.mdx. En kommune har højst én handleplan – ret den eksisterende fil.',
    ],
    [
      'a missing municipality',
      'begivenhed',
      [],
      'Skriv kommunens id efter typen: npm run ny -- begivenhed <kommune> "<titel>", fx npm run ny -- begivenhed kolding "Netværksdag"',
    ],
    ['an unknown municipality', 'begivenhed', ['koldng', 'Dag'], 'Kommunen "koldng" findes ikke i content/data/kommuner.csv. Mente du "kolding"?'],
    ['a missing title', 'begivenhed', ['kolding'], 'Skriv titlen i anførselstegn efter typen: npm run ny -- begivenhed'],
    ['a bad month', 'handleplan', ['kolding', '2026-13'], 'Måneden "2026-13" skal skrives som åååå-mm, fx 2026-03.'],
  ])('refuses %s, in Danish, with the same words as for the site’s own collections', (_what, name, args, message) => {
    let error: unknown;
    try {
      planEntry(findType(name, types), site, args, TODAY, rows);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScaffoldError);
    expect((error as Error).message).toContain(message);
  });
});

describe("the registry's scaffold specs", () => {
  it.each(scaffoldTypes().map((t) => [t.name, t] as const))('%s: its id is made of its arguments, and what it fills has what it needs', (_name, t) => {
    const { args, id, fill = [] } = t.row.scaffold;
    expect(id.length).toBeGreaterThan(0);
    for (const part of id) expect(args).toContain(part);
    if (t.row.perMunicipality || fill.includes('sourcePage')) expect(args).toContain('municipality');
  });
});
