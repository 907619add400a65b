// The checker's view of the collections, derived from the registry (src/model/registry.ts):
// where each collection's files live, what kind of file they are and which schema validates them.
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, type CollectionSpec, type FileKind } from '../model';
import { AUTHOR_COMPONENTS } from '../model';

export type { FileKind };

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

export function layoutOf(collection: CollectionName): CollectionLayout {
  return LAYOUT.find((l) => l.collection === collection)!;
}

/** Collections whose entries carry factsAsOf / reviewed / reviewBy / draft. */
export const PUBLISHING_COLLECTIONS: readonly CollectionName[] = LAYOUT.filter((l) => l.spec.publishing).map((l) => l.collection);

/** Collections whose page needs text in the body. */
export const BODY_REQUIRED: readonly CollectionName[] = LAYOUT.filter((l) => l.spec.bodyRequired).map((l) => l.collection);

/** The components editors may use in MDX without importing them (src/components/mdx.ts). */
export const MDX_COMPONENTS: readonly string[] = Object.keys(AUTHOR_COMPONENTS);
