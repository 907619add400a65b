// Builds the Pagefind index into <outDir>/pagefind/ (Danish stemming comes from <html lang="da">).
import path from 'node:path';
import * as pagefind from 'pagefind';

export async function writePagefindIndex(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}
