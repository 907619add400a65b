// The editor schemas' view of the collections (src/editor/json-schemas.ts), derived from the
// registry (src/model/registry.ts): where each collection's files live, what kind of file they are
// and which schema validates them.
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, type CollectionSpec, type FileKind } from '../model';

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
  spec: CollectionSpec;
}

export const LAYOUT: readonly CollectionLayout[] = COLLECTIONS.map((spec: CollectionSpec) => ({
  collection: spec.name as CollectionName,
  kind: spec.kind,
  path: spec.path,
  schema: spec.schema,
  noun: spec.noun,
  ...(spec.extensions ? { extensions: spec.extensions } : {}),
  spec,
}));
