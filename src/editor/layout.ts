// Where each collection's files live under content/, what kind of file they are, and which
// schema validates them: the checker's view of src/content.config.ts (which cannot be imported
// outside Astro). tests/unit/editor-layout.test.ts keeps the two in step.
import type { z } from 'astro/zod';
import type { CollectionName } from '../lib/collections';
import { municipalitySchema } from '../schemas/municipality';
import { themeSchema } from '../schemas/theme';
import { sourceSchema } from '../schemas/source';
import { questionSchema } from '../schemas/question';
import { synonymSchema } from '../schemas/synonym';
import { organisationSchema } from '../schemas/organisation';
import { entryPointSchema } from '../schemas/entry-point';
import { initiativeSchema } from '../schemas/initiative';
import { strategySchema } from '../schemas/strategy';
import { interviewSchema } from '../schemas/interview';
import { guideSchema, narrativeSchema } from '../schemas/article';

/** `csv`: the municipality list; `list`: a YAML list with ids; `record`: one YAML file per entry; `page`: one MDX/Markdown file per page. */
export type FileKind = 'csv' | 'list' | 'record' | 'page';

export interface CollectionLayout {
  collection: CollectionName;
  kind: FileKind;
  /** A file (csv, list) or a folder (record, page), relative to content/. */
  path: string;
  schema: z.ZodType;
  /** What an editor calls one entry, with article: "en indsats". */
  noun: string;
  /** The file extensions allowed in the folder (record, page). */
  extensions?: readonly string[];
}

export const LAYOUT: readonly CollectionLayout[] = [
  { collection: 'municipalities', kind: 'csv', path: 'data/kommuner.csv', schema: municipalitySchema, noun: 'en kommune' },
  { collection: 'themes', kind: 'list', path: 'data/temaer.yaml', schema: themeSchema, noun: 'et tema' },
  { collection: 'sources', kind: 'list', path: 'data/kilder.yaml', schema: sourceSchema, noun: 'en kilde' },
  { collection: 'questions', kind: 'list', path: 'data/spoergsmaal.yaml', schema: questionSchema, noun: 'et spørgsmål' },
  { collection: 'synonyms', kind: 'list', path: 'data/synonymer.yaml', schema: synonymSchema, noun: 'en synonymgruppe' },
  { collection: 'organisations', kind: 'record', path: 'organisationer', schema: organisationSchema, noun: 'en organisation', extensions: ['.yaml'] },
  { collection: 'entryPoints', kind: 'record', path: 'indgange', schema: entryPointSchema, noun: 'en indgang', extensions: ['.yaml'] },
  { collection: 'initiatives', kind: 'record', path: 'indsatser', schema: initiativeSchema, noun: 'en indsats', extensions: ['.yaml'] },
  { collection: 'strategies', kind: 'page', path: 'strategier', schema: strategySchema, noun: 'en strategi', extensions: ['.mdx', '.md'] },
  { collection: 'interviews', kind: 'page', path: 'interviews', schema: interviewSchema, noun: 'et interview', extensions: ['.mdx', '.md'] },
  { collection: 'narrative', kind: 'page', path: 'fortaelling', schema: narrativeSchema, noun: 'en fortællingsartikel', extensions: ['.mdx', '.md'] },
  { collection: 'guide', kind: 'page', path: 'guide', schema: guideSchema, noun: 'en guideartikel', extensions: ['.mdx', '.md'] },
];

export function layoutOf(collection: CollectionName): CollectionLayout {
  return LAYOUT.find((l) => l.collection === collection)!;
}

/** Collections whose entries carry factsAsOf / reviewed / reviewBy / draft. */
export const PUBLISHING_COLLECTIONS: readonly CollectionName[] = ['entryPoints', 'initiatives', 'strategies', 'interviews', 'narrative', 'guide'];

/** Collections whose page needs text in the body. */
export const BODY_REQUIRED: readonly CollectionName[] = ['strategies', 'interviews', 'narrative', 'guide'];

/** The components editors may use in MDX without importing them (src/components/mdx.ts). */
export const MDX_COMPONENTS: readonly string[] = ['Answer'];
