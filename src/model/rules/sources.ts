// Every published page and organisation names at least one source text; a draft may have none
// yet. The templates (`npm run ny`) never pick a source for the editor, so a new entry starts with
// `sources: []`, and this rule lists it as "ikke udfyldt" until the editor has chosen.
import type { PlainEntry } from '../entry';
import type { Problem } from '../problem';
import { problem } from '../problems';

export function emptySourcesProblem(
  data: Record<string, unknown>,
  draft: boolean,
  at: { file: string; field: string; line?: number },
): { problem: Problem; draft: boolean } | undefined {
  // Only entries that can be drafts (pages, organisations); a glossary term may name no source.
  if (!('draft' in data) || !Array.isArray(data['sources']) || data['sources'].length > 0) return undefined;
  return {
    draft,
    problem: problem('no-sources', { ...at, value: [] }, { draft }),
  };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A published entry's facts cannot be newer than the newest source they come from: `factsAsOf`
 * later than every cited source's date is almost always the date a template wrote (`npm run ny`
 * cannot know the sources' date, since it never picks a source). Undated sources are not compared.
 */
export function factsNewerThanSources(entries: readonly PlainEntry[]): Problem[] {
  const dates = new Map(entries.filter((e) => e.collection === 'sources').map((s) => [s.id, s.data['date']]));
  const problems: Problem[] = [];
  for (const e of entries) {
    const { factsAsOf, sources, draft } = e.data as { factsAsOf?: unknown; sources?: unknown; draft?: unknown };
    if (draft === true || !(factsAsOf instanceof Date) || !Array.isArray(sources) || sources.length === 0) continue;
    const cited = sources.map((s) => dates.get(String(s)));
    if (!cited.every((d): d is Date => d instanceof Date)) continue;
    const newest = cited.reduce((a, b) => (a > b ? a : b));
    if (factsAsOf <= newest) continue;
    problems.push(
      problem('facts-newer-than-sources', { file: e.filePath, field: 'factsAsOf', value: day(factsAsOf) }, { factsAsOf: day(factsAsOf), newest: day(newest) }),
    );
  }
  return problems;
}
