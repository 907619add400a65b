// The plain shape of a content entry that the pure validation and relation code works on.
import type { CollectionName } from './registry';

export interface PlainEntry<D = Record<string, unknown>> {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, e.g. content/indsatser/aalborg/startup-cafeer.yaml. */
  filePath: string;
  data: D;
  /** Raw MDX/Markdown body, for page collections. */
  body?: string;
}
