// Loads a YAML file holding a list of entries with an `id` each. Unlike Astro's file(),
// a syntax error or a duplicate id fails the build instead of being logged.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Loader } from 'astro/loaders';
import { ContentError } from './content-error';

export function parseYamlList(text: string, file: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (err) {
    const e = err as yaml.YAMLException;
    throw new ContentError([
      {
        file,
        ...(e.mark ? { line: e.mark.line + 1 } : {}),
        message: `YAML-syntaksfejl: ${e.reason ?? e.message}`,
        hint: 'Tjek indrykning (mellemrum, ikke tabulator), kolon efter hvert feltnavn og anførselstegn om tekst med kolon.',
      },
    ]);
  }
  if (!Array.isArray(data)) {
    throw new ContentError([{ file, message: 'Filen skal være en liste, hvor hvert punkt starter med "- id: …".' }]);
  }
  const seen = new Map<string, number>();
  const problems = [];
  for (const [index, item] of data.entries()) {
    const id = (item as { id?: unknown })?.id;
    if (typeof id !== 'string' || id === '') {
      problems.push({ file, field: `[${index}].id`, value: id, message: 'Punktet mangler et id.' });
      continue;
    }
    if (seen.has(id)) {
      problems.push({
        file,
        field: `[${index}].id`,
        value: id,
        message: `Id'et "${id}" findes allerede (punkt nr. ${seen.get(id)! + 1}).`,
        hint: 'Giv punktet et andet id, eller slet dubletten.',
      });
    }
    seen.set(id, index);
  }
  if (problems.length) throw new ContentError(problems);
  return data as Record<string, unknown>[];
}

export function yamlList(relativePath: string): Loader {
  return {
    name: 'yaml-list',
    async load({ store, parseData, config, generateDigest, watcher }) {
      const absolute = fileURLToPath(new URL(relativePath, config.root));
      const file = path.relative(fileURLToPath(config.root), absolute);
      const items = parseYamlList(await readFile(absolute, 'utf8'), file);
      store.clear();
      for (const item of items) {
        const id = item['id'] as string;
        const data = await parseData({ id, data: item, filePath: file });
        store.set({ id, data, filePath: file, digest: generateDigest(item) });
      }
      watcher?.add(absolute);
    },
  };
}
