// `npm run ny` output builds: one fixture site with an entry of every type scaffolded into it
// (published, not drafts, so every page is really rendered). And `npm run build` enforces the
// checker's rules, failing with its Danish summary before Astro runs.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildFixture, PROJECT_ROOT } from '../helpers/fixture-site';
import { filesUnder } from '../helpers/dist';
import { checkContent } from '../../src/model/check';
import { sitePaths } from '../../src/model/pages';
import { scaffold, SCAFFOLD_TYPES, type ScaffoldResult } from '../../src/editor/scaffold';
import { OTHER_ROUTES } from '../../src/opendata/routes';
import { FixtureText, fixtureText } from '../helpers/fixture-text';
import { isWebEditorFile } from '../../src/lib/web-editor-path';

const OPTIONS = {
  srcDir: path.join(PROJECT_ROOT, 'src'),
  otherRoutes: OTHER_ROUTES,
  publicDir: path.join(PROJECT_ROOT, 'public'),
  today: new Date('2026-06-01T00:00:00Z'),
};
const ARGS: Record<string, string[]> = {
  interview: ['kolding', '2026-03'],
  strategi: ['kolding'],
  indsats: ['kolding', 'Socialøkonomisk netværk'],
  guide: ['Mentorordninger'],
  fortaelling: ['Fortællingen i Kolding'],
  organisation: ['Væksthus Sjælland'],
  indgang: ['kolding'],
};
const strip = (s: string) => stripVTControlCharacters(s);

describe('npm run ny', () => {
  it('scaffolds an entry of every type that builds cleanly into its page', () => {
    const made: ScaffoldResult[] = [];
    const result = buildFixture('editor-scaffold', {}, {}, (contentDir) => {
      const root = path.dirname(contentDir);
      for (const type of SCAFFOLD_TYPES) {
        const r = scaffold(root, type.name, ARGS[type.name]!, OPTIONS);
        const file = path.join(root, r.file);
        // Published, so the placeholders must be filled in too (UDFYLD in a published file is an error), and the
        // sources chosen, with factsAsOf their date, as the template asks (it never picks a source itself).
        let text = new FixtureText(readFileSync(file, 'utf8'), r.file).replace(/^draft: true$/m, 'draft: false').replace(/UDFYLD/g, 'Udfyldt').text;
        if (/^sources: \[\]$/m.test(text)) text = text.replace(/^sources: \[\]$/m, 'sources: [testkilde]').replace(/^factsAsOf: .*$/m, 'factsAsOf: 2018-09-01');
        writeFileSync(file, text);
        made.push(r);
      }
    });
    const output = strip(result.output);
    expect(result.status, output).toBe(0);
    expect(made).toHaveLength(SCAFFOLD_TYPES.length);
    const built = new Set(
      filesUnder(path.join(result.root, 'dist'))
        // The web editor (/admin/) is a file of the build, not a page of the content.
        .filter((f) => f.endsWith('index.html') && !isWebEditorFile(f))
        .map((f) => f.replace(/index\.html$/, '')),
    );
    for (const r of made) expect(built, r.page).toContain(r.page.slice(1));

    // The checker's idea of which pages exist (for link checks) is exactly what the build made.
    const checked = checkContent(result.root, OPTIONS);
    expect(checked.errors).toEqual([]);
    const expected = sitePaths(
      checked.entries.filter((e) => !e.draft),
      path.join(PROJECT_ROOT, 'src/pages'),
      OTHER_ROUTES,
    );
    expect([...built].sort()).toEqual([...expected].filter((p) => p === '' || p.endsWith('/')).sort());
  });
});

describe('npm run build', () => {
  it("fails with the checker's Danish summary, also on rules Astro alone would let through", () => {
    const guide = fixtureText('content/guide/en-indgang.mdx');
    const initiative = fixtureText('content/indsatser/aalborg/startup-cafeer.yaml');
    const result = buildFixture('editor-build-enforces', {
      'content/guide/en-indgang.mdx': `${guide.replace('(/kommuner/aalborg/)', '(/kommuner/aalborgg/)')}\n![](/favicon.svg)\n`,
      'content/indsatser/aalborg/startup-cafeer.yaml': initiative.replace('factsAsOf: 2018-09-01', 'factsAsOf: 2018-02-30'),
      'content/indsatser/aalborg/glemt.yml': initiative,
    });
    const output = strip(result.output);
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('Tjek af indholdet: 4 fejl i 3 filer');
    for (const text of [
      'Siden /kommuner/aalborgg/ findes ikke',
      'Billedet mangler en alternativ tekst',
      'felt: factsAsOf, værdi: "2018-02-30"',
      'content/indsatser/aalborg/glemt.yml',
    ]) {
      expect(output).toContain(text);
    }
    // Stopped before Astro built anything.
    expect(output).not.toMatch(/page\(s\) built/);
  });
});
