// Astro's content collections, one per registry row (src/model/registry.ts). Entries come from
// the checked content model (src/loaders/model-loader.ts); each row's schema gives the types.
import { defineCollection } from 'astro:content';
import type { CollectionConfig } from 'astro/content/config';
import type { Loader } from 'astro/loaders';
import { COLLECTIONS, type Registry } from './model';
import { modelLoader } from './loaders/model-loader';

type Collections = { [S in Registry[number] as S['name']]: CollectionConfig<S['schema'], Loader> };

export const collections = Object.fromEntries(
  COLLECTIONS.map((spec) => [spec.name, defineCollection({ loader: modelLoader(spec), schema: spec.schema })]),
) as Collections;
