// The catalogue's section for zod's issues (src/model/zod-problems.ts decides which facts an issue
// has: the field, the expected type, the allowed values, the closest key; the sentences are here).
// A field's own hint comes from its schema (`.meta({ hint })`, src/schemas/common.ts) and is a
// parameter (`fieldHint`), as is its description (`.meta({ description })`). The phrases of the
// site's error map (`siteErrorMap`) are here too: a schema's own message (`{ error }`) comes first,
// else the map's phrase, and either is `said`, the sentence's core.
import { capitalise, count } from '../format';
import { entry } from './define';

/** The phrases the site's error map gives zod (lower case, no full stop), for the issues whose message a problem takes as it is. */
export const SCHEMA_PHRASES = {
  tooSmall: (p: { list: boolean; empty: boolean; minimum: number | bigint }) =>
    p.list
      ? `listen skal have mindst ${count(Number(p.minimum), 'punkt', 'punkter')}`
      : p.empty
        ? 'feltet er tomt'
        : `værdien er for lille: mindst ${String(p.minimum)}`,
  invalidFormat: (format: string) => `har et ugyldigt format (${format})`,
};

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et helt tal',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'en gruppe af felter',
  date: 'en dato',
};

function describeValue(v: unknown): string {
  if (v === undefined) return 'ingenting';
  if (v === null) return 'en tom værdi';
  if (v instanceof Date) return 'en dato';
  if (Array.isArray(v)) return 'en liste';
  if (typeof v === 'string') return 'tekst';
  if (typeof v === 'number') return 'et tal';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return 'en gruppe af felter';
}

/** How to write a value of a type, when the field has no hint of its own. */
function typeHint(expected: string | undefined): string | undefined {
  switch (expected) {
    case 'number':
    case 'int':
      return 'Skriv et tal uden anførselstegn, fx 200.';
    case 'string':
      return 'Skriv teksten efter kolon; sæt den i anførselstegn, hvis den indeholder kolon eller starter med [, { eller #.';
    case 'array':
      return 'Skriv en liste: [a, b] på samme linje, eller én værdi pr. linje med "- " foran.';
    case 'boolean':
      return 'Skriv true eller false.';
    case 'object':
      return 'Skriv felterne indrykket med to mellemrum på linjerne under feltnavnet.';
    default:
      return undefined;
  }
}

/** What the field knows about itself: its schema's hint and description. */
export interface FieldFacts {
  fieldHint?: string | undefined;
  description?: string | undefined;
}

/** The field's own hint, else one for the type it should have. */
const hintFor = (fieldHint: string | undefined, expected?: string) => fieldHint ?? typeHint(expected);

/** A hint that starts by saying what the field means, when the schema says it. */
function withDescription(description: string | undefined, hint: string | undefined): string | undefined {
  if (!description) return hint;
  return hint ? `Feltet er: ${description} ${hint}` : `Feltet er: ${description}`;
}

const missing = (field: string) => `Feltet "${field}" mangler. Det skal udfyldes.`;
const allowedValues = (allowed: readonly string[]) => `Tilladte værdier: ${allowed.join(', ')}.`;

/** A message zod or the schema said, as a sentence. */
const sentence = (said: string) => capitalise(said) + (/[.!?]$/.test(said) ? '' : '.');

/** An issue whose message zod or the schema gives (`said`), with a refine's own hint (`params: { hint }`) or the field's. */
const said = (title: string) =>
  entry<{ said: string; ownHint?: string | undefined; fieldHint?: string | undefined }>({
    title,
    message: (p) => sentence(p.said),
    hint: (p) => p.ownHint ?? p.fieldHint,
  });

export const SCHEMA = {
  'schema-unrecognized_keys': entry<{ key: string; allowed: readonly string[]; near?: string | undefined }>({
    title: 'Ukendt felt',
    message: ({ key }) => `Ukendt nøgle: "${key}". Feltet findes ikke her.`,
    hint: ({ allowed, near }) => `${near ? `Mente du "${near}"? ` : ''}Tilladte felter: ${allowed.join(', ')}.`,
  }),
  'schema-invalid_type': entry<FieldFacts & ({ missing: true; field: string; expected: string } | { missing: false; expected: string; value: unknown })>({
    title: 'Forkert type',
    message: (p) =>
      p.missing
        ? missing(p.field)
        : `Forkert type: feltet skal være ${TYPE_NAMES[p.expected] ?? p.expected} (${p.expected}), men er ${describeValue(p.value)}.`,
    hint: (p) => withDescription(p.description, hintFor(p.fieldHint, p.expected)),
  }),
  'schema-invalid_value': entry<
    | { missing: true; field: string; allowed: readonly string[]; description?: string | undefined }
    | { missing: false; value: unknown; allowed: readonly string[]; near?: string | undefined }
  >({
    title: 'Ikke en tilladt værdi',
    message: (p) => (p.missing ? missing(p.field) : `${JSON.stringify(p.value)} er ikke en tilladt værdi.`),
    hint: (p) =>
      p.missing ? withDescription(p.description, allowedValues(p.allowed)) : `${p.near ? `Mente du "${p.near}"? ` : ''}${allowedValues(p.allowed)}`,
  }),
  'schema-too_small': entry<{ said: string; list: boolean; fieldHint?: string | undefined }>({
    title: 'For lille værdi',
    message: (p) => `${capitalise(p.said)}.`,
    hint: (p) => hintFor(p.fieldHint, p.list ? 'array' : undefined),
  }),
  'schema-too_big': entry<{ maximum: number | bigint; fieldHint?: string | undefined }>({
    title: 'For stor værdi',
    message: ({ maximum }) => `Værdien er for stor: højst ${maximum}.`,
    hint: (p) => p.fieldHint,
  }),
  'text-too-long': entry<{ length: number; max: number; fieldHint?: string | undefined }>({
    title: 'Teksten er for lang',
    message: ({ length, max }) =>
      `Teksten er for lang: ${length} tegn, højst ${max}. Læserne ser den i oversigter, søgeresultater og fanebladet, hvor en lang tekst bliver skåret af.`,
    hint: ({ length, max, fieldHint }) => `Forkort teksten med mindst ${length - max} tegn.${fieldHint ? ` ${fieldHint}` : ''}`,
  }),
  'schema-invalid_format': entry<{ said: string; fieldHint?: string | undefined }>({
    title: 'Forkert format',
    message: (p) => `Værdien ${p.said}.`,
    hint: (p) => p.fieldHint,
  }),
  'schema-custom': said('Feltet passer ikke til skemaet'),
  'schema-invalid_union': said('Feltet passer ikke til skemaet'),
  'schema-invalid_key': said('Feltet passer ikke til skemaet'),
  'schema-invalid_element': said('Feltet passer ikke til skemaet'),
  'schema-not_multiple_of': said('Feltet passer ikke til skemaet'),
};
