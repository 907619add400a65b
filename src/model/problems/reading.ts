// The catalogue's section for reading files (src/model/read.ts, parse/yaml.ts, yaml-list.ts,
// municipalities-csv.ts, rules/municipalities.ts): YAML and CSV that cannot be read, lists, ids.
import { entry } from './define';

const YAML_HINT = 'Tjek indrykning (mellemrum, ikke tabulator), kolon efter hvert feltnavn og anførselstegn om tekst med kolon.';

/** Danish wording per error code of the `yaml` package (its `YAMLError.code`): what is wrong, and how to fix it. */
const YAML_REASONS: Record<string, [string, string?]> = {
  DUPLICATE_KEY: ['Samme felt står to gange.', 'Slet eller omdøb den ene af linjerne.'],
  TAB_AS_INDENT: ['Der er brugt tabulator til indrykning.', 'Indryk med mellemrum (to pr. niveau), ikke tabulator.'],
  BAD_INDENT: [
    'Forkert indrykning, eller en liste i [ … ] eller en gruppe i { … } er ikke lukket korrekt.',
    'Felter på samme niveau skal stå lige under hinanden; luk en liste med ] på samme linje, fx themes: [en-indgang, indkoeb].',
  ],
  MISSING_CHAR: ['Et anførselstegn eller en parentes er ikke lukket.', 'Sæt et anførselstegn i begge ender af teksten, og luk [ med ] og { med }.'],
  MULTILINE_IMPLICIT_KEY: [
    'En linje mangler kolon efter feltnavnet, eller en tekst fortsætter på næste linje uden indrykning.',
    'Skriv "felt: værdi". Lang tekst kan skrives efter "felt: >-" på indrykkede linjer.',
  ],
  BLOCK_AS_IMPLICIT_KEY: ['Forkert indrykning.', 'Felter på samme niveau skal stå lige under hinanden; underfelter indrykkes med to mellemrum.'],
  MULTIPLE_DOCS: ['Filen indeholder flere YAML-dokumenter (en linje med --- midt i filen).', 'Slet linjen med ---, eller del indholdet op i to filer.'],
  UNEXPECTED_TOKEN: ['Uventet tekst, som ikke passer ind i filens struktur.', 'Ofte et kolon i en tekst uden anførselstegn eller en forkert indrykning.'],
  BAD_SCALAR_START: ['En tekst starter med et tegn, der har særlig betydning i YAML (fx @, `, %, | eller >).', 'Sæt teksten i anførselstegn.'],
  BAD_ALIAS: ['En henvisning med * peger på et navn (&navn), der ikke findes.', 'Skriv værdien ud i stedet for *navn.'],
  BAD_DIRECTIVE: ['En linje, der starter med %, er ikke tilladt.', 'Slet linjen, eller sæt teksten i anførselstegn.'],
  TAG_RESOLVE_FAILED: ['En værdi med !-mærke kan ikke læses.', 'Slet mærket (fx !!binary) og skriv værdien som tekst.'],
};

const ALIASES_HINT = 'Skriv værdierne ud, hvor de skal stå, i stedet for &navn og *navn.';

const delimiterName = (d: string) => (d === ';' ? 'semikolon' : 'komma');

export const READING = {
  'yaml-syntax': entry<
    | { kind: 'colon-in-text'; key: string; value: string }
    /** `code` is the `yaml` package's error code (`BAD_INDENT`, …). */
    | { kind: 'parser'; code: string }
    | { kind: 'unresolved-alias' }
  >({
    title: 'YAML-syntaksfejl',
    message: (p) =>
      p.kind === 'colon-in-text'
        ? 'YAML-syntaksfejl: Teksten indeholder et kolon, og så skal den stå i anførselstegn.'
        : p.kind === 'unresolved-alias'
          ? 'YAML-syntaksfejl: En henvisning med * peger på et navn (&navn), der ikke findes.'
          : `YAML-syntaksfejl: ${YAML_REASONS[p.code]?.[0] ?? 'Filen kan ikke læses som YAML.'}`,
    hint: (p) => {
      if (p.kind === 'colon-in-text') return `Skriv ${p.key || 'feltet'}: "${p.value.replaceAll('"', '\\"')}".`;
      if (p.kind === 'unresolved-alias') return ALIASES_HINT;
      const fix = YAML_REASONS[p.code]?.[1];
      return `${fix ? `${fix} ` : ''}${YAML_HINT}`;
    },
  }),
  'yaml-aliases': entry<{ limit: number }>({
    title: 'For mange YAML-henvisninger (&navn og *navn)',
    message: ({ limit }) => `Filen bruger YAML-henvisninger (&navn og *navn) så mange gange, at den ville fylde for meget (grænsen er ${limit} gentagelser).`,
    hint: ALIASES_HINT,
  }),
  'file-too-large': entry<{ kB: number; limitKB: number }>({
    title: 'Filen er for stor til at være indhold',
    message: ({ kB, limitKB }) => `Filen er for stor til at være indhold (${kB} kB; grænsen er ${limitKB} kB).`,
    hint: 'Del teksten op i flere sider, eller læg store filer (rapporter, billeder) i public/ og link til dem.',
  }),
  'not-a-list': entry({
    title: 'Filen er ikke en liste',
    message: 'Filen skal være en liste, hvor hvert punkt starter med "- id: …".',
  }),
  'list-item-id': entry({
    title: 'Et punkt i listen mangler id',
    message: 'Punktet mangler et id.',
  }),
  'no-frontmatter': entry({
    title: 'Siden mangler frontmatter',
    message: 'Filen mangler frontmatter: sidens felter mellem to linjer med --- øverst i filen.',
    hint: 'Start filen med en linje med ---, så felterne (title: …, summary: … osv.), så en linje med ---, og derefter sidens tekst. Brug `npm run ny` for at få en skabelon.',
  }),
  'not-a-record': entry<{ empty: boolean }>({
    title: 'Filen er ikke en gruppe af felter',
    message: ({ empty }) => (empty ? 'Filen er tom.' : 'Filen skal bestå af felter på formen "navn: værdi", én pr. linje.'),
    hint: 'Brug `npm run ny` for at få en skabelon med alle felter forklaret.',
  }),
  'duplicate-id': entry<
    | { kind: 'list-item'; id: string; earlierItem: number }
    | { kind: 'file'; id: string; earlier: string; file: string }
    | { kind: 'csv-row'; earlierLine: number | undefined }
  >({
    title: 'Samme id to gange',
    message: (p) =>
      p.kind === 'list-item'
        ? `Id'et "${p.id}" findes allerede (punkt nr. ${p.earlierItem}).`
        : p.kind === 'file'
          ? `To filer har samme id "${p.id}": ${p.earlier} og ${p.file}.`
          : `Findes allerede på linje ${p.earlierLine}.`,
    hint: (p) =>
      p.kind === 'list-item'
        ? 'Giv punktet et andet id, eller slet dubletten.'
        : p.kind === 'file'
          ? 'Slet eller omdøb den ene fil. Filnavnet (uden endelse) er sidens id og skal være unikt i mappen.'
          : 'Hver kommune står én gang i listen. Slet den ene linje.',
  }),
  'csv-syntax': entry({
    title: 'Kommunelisten kan ikke læses som CSV',
    message: 'Filen kan ikke læses som CSV: et anførselstegn er ikke lukket, eller der står tekst efter et lukket anførselstegn.',
    hint: 'Sæt et felt i anførselstegn i begge ender, fx "Aalborg, by", og skriv et anførselstegn inde i feltet som "".',
  }),
  'csv-header': entry<{ header: readonly string[] }>({
    title: 'Forkert overskriftslinje i kommunelisten',
    message: ({ header }) => `Første linje skal være kolonnernes navne: ${header.join(',')}.`,
    hint: 'Ret første linje, eller hent filen igen fra shared/data/kommuner.csv. Komma eller semikolon mellem felterne er begge i orden.',
  }),
  'csv-row': entry<{ header: readonly string[]; delimiter: string; cells: number }>({
    title: 'Forkert linje i kommunelisten',
    message: ({ header, delimiter, cells }) => `Linjen skal have ${header.length} felter adskilt af ${delimiterName(delimiter)}, men har ${cells}.`,
    hint: ({ header, delimiter }) => `Felterne er ${header.join(', ')}. Indeholder et navn ${delimiterName(delimiter)}, så sæt det i anførselstegn.`,
  }),
  'csv-empty': entry({
    title: 'Kommunelisten er tom',
    message: 'Filen har kun overskriftslinjen og ingen kommuner.',
    hint: 'Hent listen over de 98 kommuner igen fra shared/data/kommuner.csv.',
  }),
  'csv-region-code': entry<{ regionCode: string; regions: Readonly<Record<string, string>> }>({
    title: 'Ukendt regionskode',
    message: ({ regionCode }) => `${regionCode} er ikke en regionskode.`,
    hint: ({ regions }) =>
      `Regionskoderne er ${Object.entries(regions)
        .map(([c, n]) => `${c} (${n})`)
        .join(', ')}.`,
  }),
  'csv-region-mismatch': entry<{ regionCode: string; region: string; written: string; named?: string | undefined; officialName: string }>({
    title: 'Regionskoden passer ikke til regionen',
    message: ({ regionCode, region, written }) => `Regionskoden ${regionCode} er ${region}, men der står "${written}".`,
    hint: ({ region, named, officialName }) =>
      named
        ? `Ret enten regionen til "${region}" eller regionskoden til ${named}. Tjek ${officialName}s region.`
        : `Skriv regionens navn, som det står for koden: "${region}".`,
  }),
  'csv-no-boundary': entry<{ code: string; name: string }>({
    title: 'Kommunen findes ikke på kortet',
    message: ({ code, name }) => `Kortdataene har ingen grænse for kommunekoden ${code}, så ${name} ville mangle på kortet.`,
    hint: 'Tjek koden mod den officielle liste (shared/data/kommuner.csv); kommunekoder har fire cifre, fx 0851 for Aalborg.',
  }),
};
