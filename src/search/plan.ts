// What to search for what a visitor typed, before Pagefind runs: small words dropped, spellings,
// typo corrections, synonyms, and words no page holds left out (and said so). Each query of the
// plan is searched on its own and the results merged (src/search/engine.ts), so an alternative only
// ever adds pages. Pure, no DOM: the search page and the Node relevance check run the same plan.
import { bestCorrection, pagesWith, type Pages, type VocabularyLookup } from './correct';
import { MAX_ALTERNATIVES, spellingsOf, synonymAlternatives, type Lookup } from './expand';
import { looseFold, normalise, wordsOf } from './fold';
import { vocabularyShardOf } from './vocabulary';

/** Score factor of a query's results: as typed 1, alternatives a little less, so typed matches come first. */
export const WEIGHTS = { typed: 1, alternative: 0.9, someWords: 0.5 } as const;

/** Fewer pages than this with every word: the words are also searched one by one (and the page says so). */
export const FEW_RESULTS = 3;

/** A typed word on at most this many pages is corrected too, when its correction is on many more. */
const FEW_PAGES = 1;
const MANY_MORE = 10;

export interface SearchContext {
  /** The spelling dictionary (search/fold/). */
  spellings: Lookup;
  /** The vocabulary with page counts (search/ord/), by shard name. */
  vocabulary: VocabularyLookup;
  /** Synonym groups (content/data/synonymer.yaml). */
  synonyms: readonly (readonly string[])[];
  /** Words of municipality names and glossary terms: correction candidates whatever letter is wrong. */
  names: readonly string[];
  /** Stop words (loose-folded, so `pa` is `på`). */
  stopWords: ReadonlySet<string>;
  /** "Søg i stedet efter …": no corrections. */
  verbatim?: boolean;
}

export interface PlannedQuery {
  query: string;
  weight: number;
}

export interface SearchPlan {
  /** Searched at once. */
  queries: PlannedQuery[];
  /** Searched too when the queries find fewer than FEW_RESULTS pages: each content word alone. */
  someWords: PlannedQuery[];
  /** Typed words replaced or joined by their correction, in typed order. */
  corrections: { typed: string; correction: string }[];
  /** The query with each correction in place of the typed word (for "Viser resultater for …"). */
  correctedQuery?: string;
  /** Typed words that no page holds and that have no correction. */
  missing: string[];
}

export const isStopWord = (word: string, stopWords: ReadonlySet<string>) => stopWords.has(looseFold(word));

/** Whether a typed word is (an inflection of) a word in a synonym group: synonyms, not typos. */
function inSynonymGroup(word: string, synonyms: SearchContext['synonyms']): boolean {
  const w = looseFold(word);
  return synonyms.some((group) => group.some((term) => wordsOf(term).some((t) => w === looseFold(t) || (t.length >= 5 && w.startsWith(looseFold(t))))));
}

function correctionFor(word: string, ctx: SearchContext) {
  const seen = new Set<string>();
  const candidates: [string, number][] = [];
  const add = (w: string, pages: number) => {
    if (seen.has(w)) return;
    seen.add(w);
    candidates.push([w, pages]);
  };
  for (const shardName of new Set([vocabularyShardOf(word), vocabularyShardOf(looseFold(word).slice(1))])) {
    const shard = ctx.vocabulary(shardName);
    for (const [w, pages] of Object.entries(shard ?? {})) add(w, pages);
  }
  for (const name of ctx.names) add(name, ctx.vocabulary(vocabularyShardOf(name))?.[name] ?? 1);
  const names = new Set(ctx.names);
  return bestCorrection(
    word,
    candidates,
    (w) => isStopWord(w, ctx.stopWords),
    (w) => names.has(w),
  );
}

/** The words of the synonyms a query may be searched with: their vocabulary shards must be loaded too. */
export function synonymWords(query: string, synonyms: SearchContext['synonyms']): string[] {
  return [...new Set(synonymAlternatives(wordsOf(query).map(normalise).join(' '), synonyms).flatMap(wordsOf))];
}

export function planSearch(query: string, ctx: SearchContext): SearchPlan {
  const typed = wordsOf(query).map(normalise);
  const plan: SearchPlan = { queries: [], someWords: [], corrections: [], missing: [] };
  if (typed.length === 0) return plan;
  const allStop = typed.every((w) => isStopWord(w, ctx.stopWords));
  /** A typed word no page holds is a synonym (`sårbare`): the query without it would lose its point, so only synonyms are searched. */
  let synonymOnly = false;
  // Per typed word: the words to search in its place ([] = leave it out), or null for a stop word.
  const slots = typed.map((word): string[] | null => {
    if (!allStop && isStopWord(word, ctx.stopWords)) return null;
    const spellings = spellingsOf(word, ctx.spellings);
    const pages = spellings.map((s) => pagesWith(s, ctx.vocabulary(vocabularyShardOf(s))));
    if (pages.some((p) => p === undefined)) return spellings; // not checked (short, a number) or offline without the shard
    const counted = pages as Pages[];
    const most = Math.max(...counted.map((p) => p.forms));
    const synonym = inSynonymGroup(word, ctx.synonyms);
    const correction = ctx.verbatim || synonym || most > FEW_PAGES ? undefined : correctionFor(word, ctx);
    // Searched as typed where Pagefind matches anything beyond a fragment.
    const found = spellings.filter((_, i) => counted[i]!.matched > 0);
    if (correction && (most === 0 || (correction.distance === 1 && correction.pages >= MANY_MORE * most))) {
      plan.corrections.push({ typed: word, correction: correction.word });
      // The correction ranks first where no page has the word itself.
      return most === 0 ? [correction.word, ...found] : [...found, correction.word];
    }
    if (found.length === 0) {
      if (synonym) synonymOnly = true;
      else plan.missing.push(word);
    }
    return found;
  });
  if (plan.corrections.length) {
    const byTyped = new Map(plan.corrections.map((c) => [c.typed, c.correction]));
    plan.correctedQuery = typed.map((w) => byTyped.get(w) ?? w).join(' ');
  }

  const queries = new Map<string, number>();
  const add = (q: string, weight: number) => {
    if (q && (queries.get(q) ?? 0) < weight) queries.set(q, weight);
  };
  // Every combination of each word's alternatives; the first (typed, or corrected where the typed word is on no page) ranks as typed.
  let combos: string[][] = [[]];
  for (const slot of slots) if (slot && slot.length) combos = combos.flatMap((c) => slot.map((s) => [...c, s])).slice(0, MAX_ALTERNATIVES * 2);
  if (!synonymOnly) combos.forEach((c, i) => add(c.join(' '), i === 0 ? WEIGHTS.typed : WEIGHTS.alternative));
  // Synonyms of the typed words (phrases may hold stop words: "én indgang"), and of each combination.
  const content = (q: string) =>
    wordsOf(q)
      .filter((w) => allStop || !isStopWord(w, ctx.stopWords))
      .filter((w) => !plan.missing.includes(w))
      .map((w) => plan.corrections.find((c) => c.typed === w)?.correction ?? w)
      .join(' ');
  // A synonym no page holds would only match fragments of itself (`fondsmidler`): not searched.
  const onSomePage = (q: string) => wordsOf(q).every((w) => isStopWord(w, ctx.stopWords) || pagesWith(w, ctx.vocabulary(vocabularyShardOf(w)))?.forms !== 0);
  for (const source of [typed.join(' '), ...combos.map((c) => c.join(' '))])
    for (const alternative of synonymAlternatives(source, ctx.synonyms).map(content)) if (onSomePage(alternative)) add(alternative, WEIGHTS.alternative);
  plan.queries = [...queries].slice(0, MAX_ALTERNATIVES).map(([q, weight]) => ({ query: q, weight }));
  // Several content words: each alone, should few pages have them all.
  const words = slots.filter((s): s is string[] => !!s && s.length > 0).map((s) => s[0]!);
  if (words.length >= 2) plan.someWords = [...new Set(words)].map((w) => ({ query: w, weight: WEIGHTS.someWords }));
  return plan;
}
