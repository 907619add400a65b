// Issue 16 through real fixture builds: `npm run tjek` and `npm run build` agree. A sample of the
// hostile constructs of the property test (tests/helpers/hostile-content.ts, picked by a fixed
// fast-check seed) plus the classes that crashed or hung before (nested aliases, a route
// collision, a future date) go into one build, which must fail naming every file with the
// checker's own Danish messages; a second build of accepted-but-odd content must pass and publish
// nothing outside the published-output policy, with each interview answer on the interview page,
// the comparison page and the open-data download alike.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check';
import { OTHER_ROUTES } from '../../src/opendata/routes';
import { buildFixture, PROJECT_ROOT } from '../helpers/fixture-site';
import { fixtureText } from '../helpers/fixture-text';
import { readerPages } from '../helpers/dist';
import { HARMLESS_FROM, HOSTILE } from '../helpers/hostile-content';
import { mainViolations } from '../helpers/published-policy';

const fixture = (file: string) => fixtureText(file);
const guide = fixture('content/guide/en-indgang.mdx');
const interview = fixture('content/interviews/aalborg-2018.mdx');
const page = (n: number, body: string) => `${guide.replace('title: Én indgang', `title: Side ${n}`).replace('order: 1', `order: ${n + 10}`)}\n${body}\n`;
const checkOf = (root: string) =>
  checkContent(root, { srcDir: path.join(PROJECT_ROOT, 'src'), publicDir: path.join(PROJECT_ROOT, 'public'), otherRoutes: OTHER_ROUTES });

// Hostile pieces only (no harmless ones), in a sample that is the same on every run.
const hostile = HOSTILE.slice(0, HARMLESS_FROM).filter((p) => !p.startsWith('{') && !p.startsWith('import') && !p.startsWith('export'));
const sample = fc.sample(fc.constantFrom(...hostile), { numRuns: 6, seed: 16 });

describe('hostile content through a real build', () => {
  it('tjek and build refuse the same files with the same Danish messages', () => {
    const files: Record<string, string> = {
      ...Object.fromEntries(sample.map((piece, i) => [`content/guide/fjendtlig-${i}.${i % 2 ? 'mdx' : 'md'}`, page(i, piece)])),
      'content/guide/hele-guiden.mdx': page(9, 'En side med en fast sides adresse.'),
      'content/interviews/aalborg-2018.mdx': interview.replace('date: 2018-09-01', 'date: 2099-09-01').text,
      'content/data/synonymer.yaml': `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 10 },
        (_, i) =>
          `l${i}: &l${i} [${Array(10)
            .fill(i ? `*l${i - 1}` : '*a')
            .join(', ')}]`,
      ).join('\n')}\n`,
    };
    const result = buildFixture('hostile-refused', files);
    const output = stripVTControlCharacters(result.output);
    expect(result.status, output).not.toBe(0);
    expect(output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    const { errors } = checkOf(result.root);
    for (const file of Object.keys(files))
      expect(
        errors.some((e) => e.file === file),
        `tjek names ${file}`,
      ).toBe(true);
    // Astro's error printer shows a Markdown link `[tekst](url)` in a message as `tekst url`.
    const asPrinted = (text: string) => text.replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 $2');
    for (const e of errors) {
      expect(output, `build names ${e.file}`).toContain(e.file);
      expect(asPrinted(output), `build says what tjek says for ${e.file}`).toContain(asPrinted(e.message));
    }
  });

  it('accepted odd content builds, publishes nothing outside the policy, and each answer reaches all three outputs', () => {
    const answers =
      '<Answer   question=\'strategi\'>\n\nVi har **ingen** strategi, men <abbr title="Registreret socialøkonomisk virksomhed">RSV</abbr>-mærket.\n\n</Answer>\n\n' +
      '{/* <Answer question="formaal">Et gammelt svar.</Answer> */}\n';
    const files = {
      'content/interviews/aalborg-2018.mdx': interview.replace(/<Answer[\s\S]*<\/Answer>\n?/, answers).text,
      // Read by Markdown as text, never as a tag: published escaped.
      'content/guide/tekst.md': page(1, 'Skriv <img src=//evil.example/x.png alt=x> som tekst, og <b/onclick=x> også.'),
      'content/guide/kommentar.mdx': page(2, '{/* en kommentar */}\n\nSe [afsnittet](#hvorfor) og <abbr title="x">SØV</abbr>.'),
    };
    const result = buildFixture('hostile-accepted', files);
    expect(result.status, stripVTControlCharacters(result.output)).toBe(0);
    const dist = path.join(result.root, 'dist');
    const pages = readerPages(dist);
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = readFileSync(path.join(dist, file), 'utf8');
      // What content becomes is the page's <main> (the chrome's own scripts, and the web editor's page,
      // are the published-output check's concern).
      expect(mainViolations(html), file).toEqual([]);
    }
    const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
    for (const file of ['interviews/aalborg-2018/index.html', 'interviews/spoergsmaal/strategi/index.html']) {
      expect(read(file), file).toContain('Vi har <strong>ingen</strong> strategi');
      expect(read(file), file).toContain('<abbr title="Registreret socialøkonomisk virksomhed">RSV</abbr>');
      expect(read(file), file).not.toContain('Et gammelt svar');
    }
    const csv = read('data/interviewsvar.csv');
    expect(csv).toContain('Vi har ingen strategi, men RSV-mærket.');
    expect(csv).not.toContain('Et gammelt svar');
    expect(read('guide/tekst/index.html')).toContain('&lt;img src=//evil.example/x.png alt=x&gt;');
  });
});
