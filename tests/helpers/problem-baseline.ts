// Prints every problem the check reports, one JSON line each (code, file, line, field, value,
// message, hint, target, alsoIn, followOns), for the real content and a fixed list of broken
// inputs: every hostile construct (tests/helpers/hostile-content.ts) as an .md and an .mdx page,
// seeded combinations of them, seeded hostile YAML, and a list of editor mistakes in YAML records.
// Run it before and after a change to the problems' wording and diff the two outputs: editors must
// get the same messages byte for byte.
//   npx tsx tests/helpers/problem-baseline.ts > /tmp/before.jsonl
import { rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { checkContent, type ContentProblem } from '../../src/model/index.ts';
import { OTHER_ROUTES } from '../../src/opendata/routes.ts';
import { HOSTILE } from './hostile-content.ts';
import { makeSite, PROJECT_ROOT, TODAY } from '../unit/editor-fixture.ts';

const OPTIONS = { srcDir: path.join(PROJECT_ROOT, 'src'), otherRoutes: OTHER_ROUTES, publicDir: path.join(PROJECT_ROOT, 'public'), today: TODAY, lixLimit: 55 };

const FRONT = (title: string) =>
  `---\ntitle: "${title}"\nsummary: Et resumé.\nkind: vejledning\norder: 1\nmunicipalities: []\nthemes: []\norganisations: []\nsources: []\nfactsAsOf: 2020-01-01\ndraft: false\n---\n\n`;

const YAML_MISTAKES: readonly string[] = [
  'title: Startup-caféer\nmunicipality: Aalborg Kommune\nthemes: [en-indgang]\norganisations: [testorg]\ndescription: x\nsource: interviews/aalborg-2018\nfactsAsOf: 2018-09-01',
  'title: Startup-caféer\nmunicipality: aalborg\nthemes: en-indgang\norganisations: [testorgg]\ndescription: x\nsource: interviews/aalborg-2019\nfactsAsOf: 1/9-2018',
  'titel: Startup-caféer\nmunicipality: aalborg\nthemes: []\norganisations: []\ndescription: x\nsource: interviews/aalborg-2018\nfactsAsOf: 2018',
  'title: ""\nmunicipality: 851\nthemes: [en-indgang]\norganisations: []\ndescription: "   "\nsource: interviews/aalborg-2018\nfactsAsOf: 2099-01-01\nstatus: aktif',
  'title: UDFYLD titel\nmunicipality: aalborg\nthemes: [en-indgang, en-indgang]\norganisations: []\ndescription: x\nsource: strategier/aalborg\nfactsAsOf: 2018-02-30\nyearFrom: "2016"',
  `title: ${'Lang titel '.repeat(20)}\nmunicipality: aalborg\nthemes: [en-indgang]\norganisations: []\ndescription: x: y\nsource: interviews/aalborg-2018\nfactsAsOf: 2018-09`,
  'title: x\n  municipality: aalborg\nthemes: [en-indgang',
  '- id: a\n- id: a',
  'a: &a [1]\nb: *a\nc: *zz',
  '',
  '42',
  'title: x\nmunicipality: kolding\nthemes: [en-indgang]\norganisations: []\ndescription: x\nsource: interviews/aalborg-2018\nfactsAsOf: 2018-09-01\ndraft: nej\nreviewBy: 2020-01-01',
];

function print(label: string, result: { errors: ContentProblem[]; warnings: ContentProblem[] }, root: string): void {
  for (const [kind, list] of [
    ['fejl', result.errors],
    ['advarsel', result.warnings],
  ] as const) {
    for (const p of list) {
      const { code, file, line, field, value, message, hint, target, alsoIn, followOns } = p;
      const text = JSON.stringify({ label, kind, code, file, line, field, value, message, hint, target, alsoIn, followOns });
      console.log(text.replaceAll(root, '<root>'));
    }
  }
}

function check(label: string, files: Record<string, string>): void {
  const root = makeSite(files);
  try {
    print(label, checkContent(root, OPTIONS), root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

print('real', checkContent(PROJECT_ROOT, { ...OPTIONS, today: TODAY }), PROJECT_ROOT);

const pieces: Record<string, string> = {};
HOSTILE.forEach((piece, i) => {
  pieces[`content/guide/fjendtlig-md-${i}.md`] = `${FRONT(`Fjendtlig ${i}`)}${piece}\n`;
  pieces[`content/guide/fjendtlig-${i}.mdx`] = `${FRONT(`Fjendtlig ${i}`)}${piece}\n`;
});
check('hostile pieces', pieces);

const body = fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('\n\n'));
for (const seed of [1, 2, 3]) {
  const combos: Record<string, string> = {};
  fc.sample(body, { seed, numRuns: 30 }).forEach((text, i) => {
    combos[`content/fortaelling/kombi-${i}.${i % 2 ? 'md' : 'mdx'}`] = `${FRONT(`Kombi ${i}`).replace('kind: vejledning\n', '')}${text}\n`;
  });
  check(`hostile combinations, seed ${seed}`, combos);
}

const scalar = fc.constantFrom('x', '"a: b"', '2026-13-45', '!!binary aGVq', '*nope', '&a x', '[1, 2', '{a: 1}', '0x1F', '~', 'a: b');
const yamlText = fc
  .array(fc.tuple(fc.constantFrom('title', 'municipality', 'factsAsOf', 'themes', 'kind', '  label', '- id'), scalar), { minLength: 1, maxLength: 6 })
  .map((kv) => kv.map(([k, v]) => `${k}: ${v}`).join('\n'));
for (const seed of [1, 2]) {
  const files: Record<string, string> = {};
  fc.sample(yamlText, { seed, numRuns: 25 }).forEach((text, i) => {
    files[`content/organisationer/fjendtlig-${i}.yaml`] = text;
  });
  check(`hostile YAML, seed ${seed}`, files);
}

const mistakes: Record<string, string> = {};
YAML_MISTAKES.forEach((text, i) => {
  mistakes[`content/indsatser/aalborg/fejl-${i}.yaml`] = text;
});
mistakes['content/indsatser/kolding/flyttet.yaml'] = YAML_MISTAKES[0]!.replace('Aalborg Kommune', 'aalborg');
mistakes['content/indsatser/ikke-i-mappe.yaml'] = YAML_MISTAKES[0]!;
mistakes['content/indsatser/aalborg/Store Bogstaver.yaml'] = YAML_MISTAKES[0]!;
mistakes['content/indsatser/aalborg/endelse.yml'] = YAML_MISTAKES[0]!;
mistakes['content/ukendt/fil.yaml'] = 'a: 1';
mistakes['content/løs.yaml'] = 'a: 1';
mistakes['content/data/temaerne.yaml'] = '- id: a';
mistakes['content/guide/uden-frontmatter.mdx'] = 'Bare tekst.';
mistakes['content/guide/tom.mdx'] = FRONT('Tom');
mistakes['content/guide/syntaks.mdx'] = `${FRONT('Syntaks')}<Answer question="x">\n\n{ ups\n`;
mistakes['content/guide/links.mdx'] =
  `${FRONT('Links')}[a](kommuner/aalborg/) [b](/kommuner/aalborg) [c](/kommuner/aalborgg/) [d](/guide/en-indgang/#intet) ![](/billeder/mangler.png) ![x](billede.png) [e](file:///C:/x.pdf)\n`;
check('editor mistakes', mistakes);
check('municipalities header', { 'content/data/kommuner.csv': 'code,name\n0851,Aalborg\n' });
check('municipalities rows', {
  'content/data/kommuner.csv':
    'kommunekode,navn,officielt_navn,region,regionskode\n0851,Aalborg,Aalborg Kommune,Region Nordjylland,1081\n0851,Aalborg,Aalborg Kommune,Region Nordjylland,1081\n0999,Ingen,Ingen Kommune,Region Nordjylland,1081\n0101,København,Københavns Kommune,Region Hovedstaden,1234\n0147,Frederiksberg,Frederiksberg Kommune,Region Hovedstaden,1081\n0150,Kort,Kort\n',
});
check('municipalities empty', { 'content/data/kommuner.csv': 'kommunekode,navn,officielt_navn,region,regionskode\n' });
check('municipalities quote', { 'content/data/kommuner.csv': 'kommunekode,navn,officielt_navn,region,regionskode\n"0851,Aalborg\n' });
