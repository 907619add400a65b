// `npm run ny -- <type> …`: writes a new, valid entry from a template in src/editor/templates/,
// every field explained in Danish comments, and says where it is and what is left to fill in.
// Never overwrites a file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closest } from '../model';
import { COLLECTIONS, entryPath, specOf, type CollectionName, type CollectionSpec } from '../model';
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
}

/** One type per registry row with `scaffold`. */
export const SCAFFOLD_TYPES: readonly ScaffoldType[] = COLLECTIONS.flatMap((spec: CollectionSpec) =>
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
        },
      ]
    : [],
);

/** The file a new entry is written to: `content/indsatser/kolding/netvaerk.yaml`. */
function fileFor(type: ScaffoldType, id: string): string {
  const spec = specOf(type.collection) as CollectionSpec;
  return `content/${spec.path}/${id}${path.extname(type.template)}`;
}

/** The page that shows an entry: its own page, or its municipality's (entry points). */
function pageFor(collection: CollectionName, id: string, municipality?: string): string {
  const own = entryPath(collection, id);
  if (own) return `/${own}/`;
  return `/${entryPath('municipalities', municipality ?? id)}/`;
}

/** A refusal or a mistake in the command, in Danish, for the editor. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

export function usage(): string {
  return [
    'Opret en ny side eller et nyt dataelement ud fra en skabelon:',
    '',
    ...SCAFFOLD_TYPES.map((t) => `  npm run ny -- ${t.name} ${t.usage}`.padEnd(52) + `  ${t.noun}, fx: npm run ny -- ${t.name} ${t.example}`),
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

export function findType(name: string | undefined): ScaffoldType {
  const t = SCAFFOLD_TYPES.find((x) => x.name === name || x.aliases.includes(name ?? ''));
  if (t) return t;
  const near = name
    ? closest(
        name,
        SCAFFOLD_TYPES.map((x) => x.name),
        1,
      )[0]
    : undefined;
  throw new ScaffoldError(`${name ? `Ukendt type "${name}".${near ? ` Mente du "${near}"?` : ''}` : 'Skriv, hvad du vil oprette.'}\n\n${usage()}`);
}

interface Site {
  entries: CheckedEntry[];
  ids: (c: CollectionName) => string[];
}

function loadSite(root: string, options: CheckOptions): Site {
  const { entries } = checkContent(root, options);
  return { entries, ids: (c) => entries.filter((e) => e.collection === c).map((e) => e.id) };
}

function municipalityArg(site: Site, value: string | undefined, type: ScaffoldType): { id: string; name: string } {
  if (!value)
    throw new ScaffoldError(`Skriv kommunens id efter typen: npm run ny -- ${type.name} ${type.usage}, fx npm run ny -- ${type.name} ${type.example}`);
  const m = site.entries.find((e) => e.collection === 'municipalities' && e.id === value);
  if (!m) {
    const near = closest(slugify(value), site.ids('municipalities'), 3);
    throw new ScaffoldError(
      `Kommunen "${value}" findes ikke i content/data/kommuner.csv.${near.length ? ` Mente du ${near.map((n) => `"${n}"`).join(' eller ')}?` : ''}`,
    );
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

/** The site page an entry's facts most likely come from: the municipality's strategy, its latest interview, or a guide page. */
function sourcePage(site: Site, municipality: string): string {
  const byMunicipality = (c: CollectionName) => site.entries.filter((e) => e.collection === c && e.data['municipality'] === municipality && !e.draft);
  const strategy = byMunicipality('strategies')[0];
  if (strategy) return entryPath('strategies', strategy.id)!;
  const interview = byMunicipality('interviews').sort((a, b) => b.id.localeCompare(a.id))[0];
  if (interview) return entryPath('interviews', interview.id)!;
  const page = site.entries.find((e) => specOf(e.collection).kind === 'page' && !e.draft);
  if (!page)
    throw new ScaffoldError('Sitet har endnu ingen sider, som oplysningerne kan komme fra. Opret først en strategi, et interview eller en guideartikel.');
  return entryPath(page.collection, page.id)!;
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
    kilde: sources[sources.length - 1]!,
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
  let file: string;
  let page: string;
  const [first, second] = args;
  switch (type.collection) {
    case 'interviews': {
      const m = municipalityArg(site, first, type);
      const month = second ?? iso(today).slice(0, 7);
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new ScaffoldError(`Måneden "${month}" skal skrives som åååå-mm, fx 2026-03.`);
      const date = `${month}-01`;
      const id = `${m.id}-${month}`;
      const questions = site.entries.filter((e) => e.collection === 'questions');
      if (!questions.length) throw new ScaffoldError('content/data/spoergsmaal.yaml har ingen spørgsmål. Tilføj dem først.');
      Object.assign(vars, {
        id,
        kommune: m.id,
        kommuneNavn: m.name,
        dato: date,
        datoTekst: `${MONTHS[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`,
        svar: questions
          .map(
            (q) => `{/* Spørgsmål: ${String(q.data['text']).replace(/\*\//g, '* /')} */}\n<Answer question="${q.id}">\n\n${PLACEHOLDER}: svaret.\n\n</Answer>`,
          )
          .join('\n\n'),
      });
      file = fileFor(type, id);
      page = pageFor(type.collection, id);
      break;
    }
    case 'strategies': {
      const m = municipalityArg(site, first, type);
      const existing = site.entries.find((e) => e.collection === 'strategies' && e.data['municipality'] === m.id);
      if (existing)
        throw new ScaffoldError(`${m.name} har allerede en strategi: ${existing.filePath}. En kommune har højst én strategi – ret den eksisterende fil.`);
      Object.assign(vars, { id: m.id, kommune: m.id, kommuneNavn: m.name });
      file = fileFor(type, m.id);
      page = pageFor(type.collection, m.id);
      break;
    }
    case 'entryPoints': {
      const m = municipalityArg(site, first, type);
      const existing = site.entries.find((e) => e.collection === 'entryPoints' && e.data['municipality'] === m.id);
      if (existing)
        throw new ScaffoldError(`${m.name} har allerede en indgang: ${existing.filePath}. En kommune har højst én indgang – ret den eksisterende fil.`);
      Object.assign(vars, { id: m.id, kommune: m.id, kommuneNavn: m.name, kildeside: sourcePage(site, m.id) });
      file = fileFor(type, m.id);
      page = pageFor(type.collection, m.id, m.id);
      break;
    }
    case 'initiatives': {
      const m = municipalityArg(site, first, type);
      const title = titleArg(second, type);
      const id = slugify(title);
      Object.assign(vars, { id, titel: quoted(title), kommune: m.id, kommuneNavn: m.name, kildeside: sourcePage(site, m.id) });
      file = fileFor(type, `${m.id}/${id}`);
      page = pageFor(type.collection, `${m.id}/${id}`);
      break;
    }
    case 'guide':
    case 'narrative': {
      const title = titleArg(first, type);
      const id = slugify(title);
      const orders = site.entries.filter((e) => e.collection === type.collection).map((e) => Number(e.data['order']) || 0);
      Object.assign(vars, { id, titel: quoted(title), orden: String(orders.length ? Math.max(...orders) + 1 : 1) });
      file = fileFor(type, id);
      page = pageFor(type.collection, id);
      break;
    }
    case 'organisations': {
      const title = titleArg(first, type);
      const id = slugify(title);
      Object.assign(vars, { id, titel: quoted(title) });
      file = fileFor(type, id);
      page = pageFor(type.collection, id);
      break;
    }
    default:
      throw new Error(`No scaffold for ${type.collection}`);
  }
  const target = path.join(root, file);
  const twin = ['.md', '.mdx'].map((ext) => target.replace(/\.mdx$/, ext)).find((f) => f !== target && file.endsWith('.mdx') && existsSync(f));
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
  const todo = after.warnings.filter((w) => mine(w) && w.code === 'placeholder').map((w) => `linje ${w.line ?? '?'}${w.field ? `: ${w.field}` : ': teksten'}`);
  return { type, file, page, todo };
}

export function describeResult(r: ScaffoldResult): string {
  return [
    `Oprettet: ${r.file} (${r.type.noun}, som kladde).`,
    '',
    r.todo.length ? `Udfyld, hvor der står ${PLACEHOLDER}:\n${r.todo.map((t) => `  ${t}`).join('\n')}` : 'Alle felter har en værdi; tjek dem.',
    'Læs også kommentarerne (linjerne med #) i filen: de forklarer hvert felt, og hvilke felter der kan slettes eller tilføjes.',
    '',
    'Bagefter:',
    '  npm run tjek          tjekker filen og resten af indholdet',
    `  npm run dev           forhåndsvisning: http://localhost:4321${r.page}`,
    'Når siden er klar: sæt draft: false, kør npm run tjek, og commit og push (se docs/redaktoer-guide.md).',
  ].join('\n');
}
