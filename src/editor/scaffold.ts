// `npm run ny -- <type> …`: writes a new, valid entry from a template in src/editor/templates/,
// every field explained in Danish comments, and says where it is and what is left to fill in.
// Never overwrites a file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closest, didYouMean, idCandidates, suggestIds } from '../model';
import { COLLECTIONS, entryPath, oneFields, onlyOne, referencesIn, type CollectionName, type CollectionSpec } from '../model';
import type { ScaffoldArg, ScaffoldFill, Scaffolding } from '../model';
import { slugify } from '../schemas/slug';
import { GUIDE_KINDS } from '../schemas/article';
import { PLACEMENTS } from '../schemas/entry-point';
import { INITIATIVE_STATUSES } from '../schemas/initiative';
import { ORGANISATION_KINDS } from '../schemas/organisation';
import { DOCUMENT_KINDS, STRATEGY_STATUSES } from '../schemas/strategy';
import { checkContent, PLACEHOLDER, type CheckOptions, type CheckedEntry } from '../model';

const TEMPLATES = fileURLToPath(new URL('./templates/', import.meta.url));

export interface ScaffoldType {
  /** The Danish name typed after `npm run ny --`. */
  name: string;
  /** Other accepted names (English). */
  aliases: string[];
  collection: CollectionName;
  template: string;
  /** The arguments, as shown in the usage text. */
  usage: string;
  /** An example of the arguments. */
  example: string;
  noun: string;
  /** The registry row it creates an entry of, with its `scaffold` spec. */
  row: CollectionSpec & { scaffold: Scaffolding };
}

/** One type per registry row with `scaffold` (`rows`: the registry's; a test may add one). */
export function scaffoldTypes(rows: readonly CollectionSpec[] = COLLECTIONS): ScaffoldType[] {
  return rows.flatMap((spec) =>
    spec.scaffold
      ? [
          {
            name: spec.scaffold.command,
            aliases: [...spec.scaffold.aliases],
            collection: spec.name as CollectionName,
            template: spec.scaffold.template,
            usage: spec.scaffold.usage,
            example: spec.scaffold.example,
            noun: spec.noun,
            row: spec as CollectionSpec & { scaffold: Scaffolding },
          },
        ]
      : [],
  );
}

export const SCAFFOLD_TYPES: readonly ScaffoldType[] = scaffoldTypes();

/** The site path of an entry's own page under its row's `pages` (`indsatser/kolding/netvaerk`). */
const ownPage = (row: CollectionSpec, id: string) => (row.pages ? `${row.pages.folder}/${id}` : undefined);

/** A refusal or a mistake in the command, in Danish, for the editor. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

export function usage(types: readonly ScaffoldType[] = SCAFFOLD_TYPES): string {
  return [
    'Opret en ny side eller et nyt dataelement ud fra en skabelon:',
    '',
    ...types.map((t) => `  npm run ny -- ${t.name} ${t.usage}`.padEnd(52) + `  ${t.noun}, fx: npm run ny -- ${t.name} ${t.example}`),
    '',
    '<kommune> er kommunens id: navnet med små bogstaver, æ→ae, ø→oe, å→aa, fx aalborg, koebenhavn, ikast-brande.',
  ].join('\n');
}

export interface ScaffoldResult {
  type: ScaffoldType;
  /** Relative to the site root, e.g. content/indsatser/kolding/netvaerk.yaml. */
  file: string;
  /** The page that shows the entry, e.g. /indsatser/kolding/netvaerk/. */
  page: string;
  /** What is left to fill in: "linje 12: summary". */
  todo: string[];
}

const labelled = (dict: Record<string, string>) =>
  Object.entries(dict)
    .map(([k, v]) => `${k} (${v.toLowerCase()})`)
    .join(', ');

const iso = (d: Date) => d.toISOString().slice(0, 10);
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** Text safe inside a double-quoted YAML string. */
const quoted = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

export function render(template: string, vars: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`Template variable {{${name}}} has no value.`);
    return value;
  });
}

export function findType(name: string | undefined, types: readonly ScaffoldType[] = SCAFFOLD_TYPES): ScaffoldType {
  const t = types.find((x) => x.name === name || x.aliases.includes(name ?? ''));
  if (t) return t;
  const near = name
    ? closest(
        name,
        types.map((x) => x.name),
        1,
      )[0]
    : undefined;
  throw new ScaffoldError(`${name ? `Ukendt type "${name}".${near ? ` Mente du "${near}"?` : ''}` : 'Skriv, hvad du vil oprette.'}\n\n${usage(types)}`);
}

/** The checked content a new entry is planned against. */
export interface Site {
  entries: CheckedEntry[];
  ids: (c: CollectionName) => string[];
}

export function loadSite(root: string, options: CheckOptions): Site {
  const { entries } = checkContent(root, options);
  return { entries, ids: (c) => entries.filter((e) => e.collection === c).map((e) => e.id) };
}

function municipalityArg(site: Site, value: string | undefined, type: ScaffoldType): { id: string; name: string } {
  if (!value)
    throw new ScaffoldError(`Skriv kommunens id efter typen: npm run ny -- ${type.name} ${type.usage}, fx npm run ny -- ${type.name} ${type.example}`);
  const m = site.entries.find((e) => e.collection === 'municipalities' && e.id === value);
  if (!m) {
    const near = suggestIds(value, idCandidates(site.entries.filter((e) => e.collection === 'municipalities')));
    throw new ScaffoldError(`Kommunen "${value}" findes ikke i content/data/kommuner.csv. ${didYouMean(near)}`.trimEnd());
  }
  return { id: m.id, name: String(m.data['officialName']) };
}

function titleArg(value: string | undefined, type: ScaffoldType): string {
  const title = value?.trim();
  if (!title)
    throw new ScaffoldError(
      `Skriv titlen i anførselstegn efter typen: npm run ny -- ${type.name} ${type.usage}, fx npm run ny -- ${type.name} ${type.example}`,
    );
  if (!slugify(title)) throw new ScaffoldError(`Titlen "${title}" skal indeholde bogstaver eller tal.`);
  return title;
}

function monthArg(value: string | undefined, today: Date): string {
  const month = value ?? iso(today).slice(0, 7);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new ScaffoldError(`Måneden "${month}" skal skrives som åååå-mm, fx 2026-03.`);
  return month;
}

/** The municipality an entry is about: the value of its row's `about`/`one` reference to municipalities. */
function aboutMunicipality(e: CheckedEntry, row: CollectionSpec): string | undefined {
  return referencesIn(e.data, row.references ?? []).find((r) => r.target === 'municipalities' && (r.role === 'about' || r.role === 'one'))?.value;
}

/**
 * The site page an entry's facts most likely come from, with that page's factsAsOf (the date of the
 * facts it gives): the first published page about the municipality, collection by collection in
 * registry order, each in its row's order (its strategy, else its newest interview), else the first
 * published page of the site (a guide page).
 */
function sourcePage(site: Site, municipality: string, rows: readonly CollectionSpec[]): { path: string; factsAsOf: string } {
  const pageRows = new Map(rows.filter((r) => r.kind === 'page' && r.pages).map((r) => [r.name, r]));
  const pages = site.entries.filter((e) => pageRows.has(e.collection) && !e.draft);
  const about = [...pageRows.values()].flatMap((row) => {
    const mine = pages.filter((e) => e.collection === row.name && aboutMunicipality(e, row) === municipality);
    return row.order ? mine.sort(row.order) : mine;
  });
  const page = about[0] ?? pages[0];
  if (!page)
    throw new ScaffoldError('Sitet har endnu ingen sider, som oplysningerne kan komme fra. Opret først en strategi, et interview eller en guideartikel.');
  return { path: `${pageRows.get(page.collection)!.pages!.folder}/${page.id}`, factsAsOf: iso(page.data['factsAsOf'] as Date) };
}

/** The template's values for what a row's `fill` asks for (src/model/registry.ts, `ScaffoldFill`). */
type Fill = (site: Site, type: ScaffoldType, municipality: string | undefined, rows: readonly CollectionSpec[]) => Record<string, string>;
const FILLS: Record<ScaffoldFill, Fill> = {
  order: (site, type) => {
    const orders = site.entries.filter((e) => e.collection === type.collection).map((e) => Number(e.data['order']) || 0);
    return { orden: String(orders.length ? Math.max(...orders) + 1 : 1) };
  },
  sourcePage: (site, type, municipality, rows) => {
    if (!municipality) throw new Error(`The scaffold of ${type.name} fills sourcePage but takes no municipality.`);
    const from = sourcePage(site, municipality, rows);
    return { kildeside: from.path, kildesideDato: from.factsAsOf };
  },
  answers: (site) => {
    const questions = site.entries.filter((e) => e.collection === 'questions');
    if (!questions.length) throw new ScaffoldError('content/data/spoergsmaal.yaml har ingen spørgsmål. Tilføj dem først.');
    return {
      svar: questions
        .map((q) => `{/* Spørgsmål: ${String(q.data['text']).replace(/\*\//g, '* /')} */}\n<Answer question="${q.id}">\n\n${PLACEHOLDER}: svaret.\n\n</Answer>`)
        .join('\n\n'),
    };
  },
};

export interface PlannedEntry {
  /** The entry's id: `kolding/netvaerk`. */
  id: string;
  /** Relative to the site root: `content/indsatser/kolding/netvaerk.yaml`. */
  file: string;
  /** The page that shows it: its own, or its municipality's (entry points). */
  page: string;
  /** The template's values from the arguments and the row's `fill`. */
  vars: Record<string, string>;
}

/**
 * What the command's arguments make, from the row's `scaffold` spec alone (`args`, `id`, `fill`) and its
 * references: a `one` reference to municipalities refuses a second entry for the municipality.
 * Throws ScaffoldError (Danish) when an argument is wrong.
 */
export function planEntry(type: ScaffoldType, site: Site, args: readonly string[], today: Date, rows: readonly CollectionSpec[] = COLLECTIONS): PlannedEntry {
  const { row } = type;
  const spec = row.scaffold;
  const vars: Record<string, string> = {};
  const parts: Partial<Record<ScaffoldArg, string>> = {};
  let municipality: { id: string; name: string } | undefined;
  for (const [i, arg] of spec.args.entries()) {
    const value = args[i];
    if (arg === 'municipality') {
      municipality = municipalityArg(site, value, type);
      parts.municipality = municipality.id;
      Object.assign(vars, { kommune: municipality.id, kommuneNavn: municipality.name });
    } else if (arg === 'title') {
      const title = titleArg(value, type);
      parts.title = slugify(title);
      vars['titel'] = quoted(title);
    } else {
      const month = monthArg(value, today);
      parts.month = month;
      Object.assign(vars, { dato: `${month}-01`, datoTekst: `${MONTHS[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}` });
    }
  }
  const m = municipality;
  for (const field of m ? oneFields(row, 'municipalities') : []) {
    const existing = site.entries.find((e) => e.collection === type.collection && e.data[field] === m?.id);
    if (existing && m)
      throw new ScaffoldError(
        `${m.name} har allerede ${row.noun}: ${existing.filePath}. En kommune har højst ${onlyOne(row.noun)} – ret den eksisterende fil.`,
      );
  }
  for (const fill of spec.fill ?? []) Object.assign(vars, FILLS[fill](site, type, m?.id, rows));
  const id = spec.id.map((part) => parts[part]).join('-');
  vars['id'] = id;
  if (row.perMunicipality && !m) throw new Error(`The scaffold of ${type.name} makes an entry per municipality but takes no municipality.`);
  const entryId = row.perMunicipality && m ? `${m.id}/${id}` : id;
  const own = ownPage(row, entryId);
  return {
    id: entryId,
    file: `content/${row.path}/${entryId}${path.extname(spec.template)}`,
    page: `/${own ?? entryPath('municipalities', m?.id ?? entryId)}/`,
    vars,
  };
}

export interface ScaffoldOptions extends CheckOptions {
  today?: Date;
}

/** Creates the entry; throws ScaffoldError (Danish) when the command is wrong or the file exists. */
export function scaffold(root: string, typeName: string | undefined, args: readonly string[], options: ScaffoldOptions = {}): ScaffoldResult {
  const type = findType(typeName);
  const today = options.today ?? new Date();
  const site = loadSite(root, options);
  const sources = site.ids('sources');
  const themes = site.ids('themes');
  if (!sources.length) throw new ScaffoldError('content/data/kilder.yaml har ingen kilder. Tilføj kilden først.');
  const nextYear = new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), Math.min(today.getUTCDate(), 28)));
  const vars: Record<string, string> = {
    idag: iso(today),
    omEtAar: iso(nextYear),
    aar: String(today.getUTCFullYear()),
    kilder: sources.join(', '),
    temaer: themes.join(', '),
    tema: themes.includes('en-indgang') ? 'en-indgang' : (themes[0] ?? ''),
    statusValg: labelled(INITIATIVE_STATUSES),
    placeringValg: labelled(PLACEMENTS),
    organisationValg: labelled(ORGANISATION_KINDS),
    strategiValg: labelled(STRATEGY_STATUSES),
    dokumentValg: Object.keys(DOCUMENT_KINDS).join(', '),
    guideValg: labelled(GUIDE_KINDS),
  };
  const planned = planEntry(type, site, args, today);
  Object.assign(vars, planned.vars);
  const { file, page } = planned;
  const target = path.join(root, file);
  // The same entry under another of its row's extensions (`.md` beside a new `.mdx`).
  const bare = target.slice(0, target.length - path.extname(target).length);
  const twin = (type.row.extensions ?? []).map((ext) => bare + ext).find((f) => f !== target && existsSync(f));
  if (existsSync(target) || twin) {
    throw new ScaffoldError(
      `Filen findes allerede: ${twin ? path.relative(root, twin) : file}. Den bliver ikke overskrevet – ret den eksisterende fil, eller vælg et andet navn.`,
    );
  }
  const text = render(readFileSync(path.join(TEMPLATES, type.template), 'utf8'), vars);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: 'wx' });

  const after = checkContent(root, { ...options, today });
  const mine = (p: { file: string }) => p.file === file;
  const errors = after.errors.filter(mine);
  if (errors.length) {
    // A template that does not pass the checker is a bug in the tool, not the editor's fault.
    throw new Error(`The scaffold for ${type.name} is invalid:\n${errors.map((e) => `${e.line ?? ''} ${e.field ?? ''} ${e.message}`).join('\n')}`);
  }
  // What is left to fill in: the placeholders, and the sources (a template never chooses them).
  const todo = after.warnings
    .filter((w) => mine(w) && (w.code === 'placeholder' || w.code === 'no-sources'))
    .map((w) => `linje ${w.line ?? '?'}${w.field ? `: ${w.field}` : ': teksten'}`);
  return { type, file, page, todo };
}

export function describeResult(r: ScaffoldResult): string {
  return [
    `Oprettet: ${r.file} (${r.type.noun}, som kladde).`,
    '',
    r.todo.length
      ? `Udfyld, hvor der står ${PLACEHOLDER}, og vælg kilderne (sources):\n${r.todo.map((t) => `  ${t}`).join('\n')}`
      : 'Alle felter har en værdi; tjek dem.',
    'Læs også kommentarerne (linjerne med #) i filen: de forklarer hvert felt, og hvilke felter der kan slettes eller tilføjes.',
    '',
    'Bagefter:',
    '  npm run tjek          tjekker filen og resten af indholdet',
    `  npm run dev           forhåndsvisning: http://localhost:4321${r.page}`,
    'Når siden er klar: sæt draft: false, kør npm run tjek, og commit og push (se docs/redaktoer-guide.md).',
  ].join('\n');
}
