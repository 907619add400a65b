// Builds the Pagefind index into <outDir>/pagefind/ (Danish stemming comes from <html lang="da">).
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Index chunk size, in word locations (Pagefind's default: 20,000). A first query downloads the
 * chunk holding its word; at 5,000 pages of 1,000 words the default gives chunks of ~35 KB
 * (gzip), 5,000 gives ~14 KB at the cost of ~7 KB more start-up metadata: net −14 KB per first
 * query (docs/performance.md). Pagefind reads it from this environment variable, marked
 * unstable: should a release drop it, only download sizes change, nothing breaks.
 */
const INDEX_CHUNK_SIZE = '5000';

/**
 * Left out of the index: card lists (`.card-list`) summarise other pages (title and summary),
 * and each of those pages is in the index itself. Indexed, an overview's fragment grows with
 * the site (the guide overview's reached 290 KB gzip at 5,000 articles, downloaded by any query
 * that ranked it first) and it competes with the very pages it lists.
 */
const EXCLUDE_SELECTORS = ['.card-list'];

export async function writePagefindIndex(outDir: string): Promise<number> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}
