// Derives every relation between entries in one linear pass, once per build. Pages ask the
// query module (src/lib/content.ts), which resolves these ids to entries; nothing here is
// typed twice by editors or recomputed per page.
import { answeredQuestions } from './rules/content-rules';

export type ArticleCollection = 'guide' | 'narrative' | 'strategies' | 'interviews';
export interface PageRef {
  collection: ArticleCollection;
  id: string;
}

interface Plain<D> {
  id: string;
  data: D;
  body?: string | undefined;
}

/** The minimal fields relations read; the full schemas carry more. */
export interface RelationInput {
  municipalities: Plain<{ name: string }>[];
  themes: Plain<unknown>[];
  sources: Plain<unknown>[];
  questions: Plain<unknown>[];
  organisations: Plain<{ municipalities: string[]; sources: string[] }>[];
  entryPoints: Plain<{ municipality: string }>[];
  initiatives: Plain<{ municipality: string; themes: string[]; organisations: string[]; source: string; title: string }>[];
  strategies: Plain<{ municipality: string; sources: string[] }>[];
  interviews: Plain<{ municipality: string; related: string[]; seriesElsewhere: { municipality: string }[]; sources: string[]; date: Date }>[];
  narrative: Plain<{ municipalities: string[]; themes: string[]; organisations: string[]; sources: string[]; order: number }>[];
  guide: Plain<{ municipalities: string[]; themes: string[]; organisations: string[]; sources: string[]; order: number }>[];
}

export interface MunicipalityRelations {
  strategy?: string;
  entryPoint?: string;
  initiatives: string[];
  interviews: string[];
  organisations: string[];
  /** Articles, strategies and interviews that mention the municipality without being about it. */
  mentionedIn: PageRef[];
}

export interface Relations {
  municipalities: Map<string, MunicipalityRelations>;
  /** Municipalities that any content is about or mentions, in name order. */
  municipalitiesWithContent: string[];
  themes: Map<string, { initiatives: string[]; municipalities: string[]; articles: PageRef[] }>;
  organisations: Map<string, { initiatives: string[]; articles: PageRef[] }>;
  sources: Map<string, PageRef[]>;
  /** Initiatives whose `source` is a given site page path (e.g. `strategier/roskilde`). */
  initiativesBySourcePage: Map<string, string[]>;
  /** Answers to each standard question: which interview, which municipality. */
  answers: Map<string, { interview: string; municipality: string }[]>;
  /** Interviews related either way (a → b or b → a), so `related` is typed on one side only. */
  relatedInterviews: Map<string, string[]>;
}

const collator = new Intl.Collator('da');

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

export function deriveRelations(input: RelationInput): Relations {
  const nameOf = new Map(input.municipalities.map((m) => [m.id, m.data.name]));
  const muni = new Map<string, MunicipalityRelations>(
    input.municipalities.map((m) => [m.id, { initiatives: [], interviews: [], organisations: [], mentionedIn: [] }]),
  );
  const themes = new Map(input.themes.map((t) => [t.id, { initiatives: [] as string[], municipalities: [] as string[], articles: [] as PageRef[] }]));
  const organisations = new Map(input.organisations.map((o) => [o.id, { initiatives: [] as string[], articles: [] as PageRef[] }]));
  const sources = new Map<string, PageRef[]>(input.sources.map((s) => [s.id, []]));
  const initiativesBySourcePage = new Map<string, string[]>();
  const answers = new Map<string, { interview: string; municipality: string }[]>(input.questions.map((q) => [q.id, []]));
  const relatedInterviews = new Map<string, string[]>(input.interviews.map((i) => [i.id, []]));
  const mention = (municipality: string, page: PageRef) => {
    const rel = muni.get(municipality);
    if (rel && !rel.mentionedIn.some((p) => p.collection === page.collection && p.id === page.id)) rel.mentionedIn.push(page);
  };

  for (const s of input.strategies) {
    const rel = muni.get(s.data.municipality);
    if (rel) rel.strategy = s.id;
    for (const src of s.data.sources) push(sources, src, { collection: 'strategies', id: s.id });
  }
  for (const e of input.entryPoints) {
    const rel = muni.get(e.data.municipality);
    if (rel) rel.entryPoint = e.id;
  }
  for (const i of input.initiatives) {
    muni.get(i.data.municipality)?.initiatives.push(i.id);
    for (const t of i.data.themes) {
      const rel = themes.get(t);
      if (!rel) continue;
      rel.initiatives.push(i.id);
      if (!rel.municipalities.includes(i.data.municipality)) rel.municipalities.push(i.data.municipality);
    }
    for (const o of i.data.organisations) {
      organisations.get(o)?.initiatives.push(i.id);
      const rel = muni.get(i.data.municipality);
      if (rel && !rel.organisations.includes(o)) rel.organisations.push(o);
    }
    push(initiativesBySourcePage, i.data.source, i.id);
  }
  for (const iv of input.interviews) {
    muni.get(iv.data.municipality)?.interviews.push(iv.id);
    const page: PageRef = { collection: 'interviews', id: iv.id };
    for (const s of iv.data.seriesElsewhere) mention(s.municipality, page);
    for (const src of iv.data.sources) push(sources, src, page);
    for (const r of iv.data.related) {
      push(relatedInterviews, iv.id, r);
      push(relatedInterviews, r, iv.id);
    }
    for (const q of answeredQuestions(iv.body ?? '')) push(answers, q, { interview: iv.id, municipality: iv.data.municipality });
  }
  for (const o of input.organisations) {
    for (const m of o.data.municipalities) {
      const rel = muni.get(m);
      if (rel && !rel.organisations.includes(o.id)) rel.organisations.push(o.id);
    }
  }
  for (const collection of ['narrative', 'guide'] as const) {
    for (const a of [...input[collection]].sort((x, y) => x.data.order - y.data.order)) {
      const page: PageRef = { collection, id: a.id };
      for (const m of a.data.municipalities) mention(m, page);
      for (const t of a.data.themes) themes.get(t)?.articles.push(page);
      for (const o of a.data.organisations) organisations.get(o)?.articles.push(page);
      for (const src of a.data.sources) push(sources, src, page);
    }
  }

  const byName = (a: string, b: string) => collator.compare(nameOf.get(a) ?? a, nameOf.get(b) ?? b);
  const initiativeTitle = new Map(input.initiatives.map((i) => [i.id, i.data.title]));
  const byTitle = (a: string, b: string) => collator.compare(initiativeTitle.get(a) ?? a, initiativeTitle.get(b) ?? b);
  for (const rel of muni.values()) rel.initiatives.sort(byTitle);
  for (const rel of themes.values()) {
    rel.municipalities.sort(byName);
    rel.initiatives.sort(byTitle);
  }
  const municipalitiesWithContent = [...muni.entries()]
    .filter(([, r]) => r.strategy || r.entryPoint || r.initiatives.length || r.interviews.length || r.organisations.length || r.mentionedIn.length)
    .map(([id]) => id)
    .sort(byName);

  return { municipalities: muni, municipalitiesWithContent, themes, organisations, sources, initiativesBySourcePage, answers, relatedInterviews };
}
