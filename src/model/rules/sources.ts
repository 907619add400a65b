// Every published page and organisation names at least one source text; a draft may have none
// yet. The templates (`npm run ny`) never pick a source for the editor, so a new entry starts with
// `sources: []`, and this rule lists it as "ikke udfyldt" until the editor has chosen.
import type { PlainEntry } from '../entry';
import type { ContentProblem } from '../problem';
import { SOURCES_HINT } from '../../schemas/common';

export function emptySourcesProblem(
  data: Record<string, unknown>,
  draft: boolean,
  at: { file: string; field: string; line?: number },
): { problem: ContentProblem; draft: boolean } | undefined {
  // Only entries that can be drafts (pages, organisations); a glossary term may name no source.
  if (!('draft' in data) || !Array.isArray(data['sources']) || data['sources'].length > 0) return undefined;
  return {
    draft,
    problem: {
      ...at,
      code: 'no-sources',
      value: [],
      message: draft
        ? 'Feltet er ikke udfyldt endnu: siden har ingen kilder.'
        : 'Feltet er ikke udfyldt: siden har ingen kilder, og filen udgives (draft: false).',
      hint: `${SOURCES_HINT} Vælg dem, oplysningerne kommer fra; mangler kilden, så tilføj den dér først.${draft ? '' : ' Eller sæt draft: true, så siden forbliver en kladde.'}`,
    },
  };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A published entry's facts cannot be newer than the newest source they come from: `factsAsOf`
 * later than every cited source's date is almost always the date a template wrote (`npm run ny`
 * cannot know the sources' date, since it never picks a source). Undated sources are not compared.
 */
export function factsNewerThanSources(entries: readonly PlainEntry[]): ContentProblem[] {
  const dates = new Map(entries.filter((e) => e.collection === 'sources').map((s) => [s.id, s.data['date']]));
  const problems: ContentProblem[] = [];
  for (const e of entries) {
    const { factsAsOf, sources, draft } = e.data as { factsAsOf?: unknown; sources?: unknown; draft?: unknown };
    if (draft === true || !(factsAsOf instanceof Date) || !Array.isArray(sources) || sources.length === 0) continue;
    const cited = sources.map((s) => dates.get(String(s)));
    if (!cited.every((d): d is Date => d instanceof Date)) continue;
    const newest = cited.reduce((a, b) => (a > b ? a : b));
    if (factsAsOf <= newest) continue;
    problems.push({
      file: e.filePath,
      field: 'factsAsOf',
      value: day(factsAsOf),
      code: 'facts-newer-than-sources',
      message: `factsAsOf (${day(factsAsOf)}) er nyere end sidens nyeste kilde (${day(newest)}). Oplysningerne kan ikke være nyere end kilderne, de kommer fra.`,
      hint: `Mente du ${day(newest)}? Skriv datoen for den nyeste kilde, oplysningerne stammer fra. Har siden nyere oplysninger, så tilføj den nye kilde i sources.`,
    });
  }
  return problems;
}
