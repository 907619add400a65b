// Generates a large, valid content set for benchmarks: the minimal fixture's data plus N guide
// articles (.md, as editors write articles without components) from the real site's Danish
// words, at their real frequencies, with a seeded random generator, each referencing municipalities and themes, so
// filters and relations are exercised too. The same articles (same words, same count) can be
// written for the Starlight comparison site (bench/starlight/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Words per generated article, about the length of a substantial guide article. */
export const WORDS_PER_ARTICLE = 1000;

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * The words of the real site's main content, each as often as the site uses it (sorted, so a
 * seeded pick is deterministic). Picking from this list gives generated text the word
 * frequencies of real Danish prose: a few words (og, at, i, kommunen) very often, most rarely.
 * Picking uniformly from the distinct words instead makes nearly every word of an article a rare
 * one: text no editor writes, which compresses and indexes worse than any real article.
 */
export function vocabulary(distDir: string, files: string[]): string[] {
  const words: string[] = [];
  for (const f of files) {
    const html = readFileSync(path.join(distDir, f), 'utf8');
    const main = html.split('<main')[1]?.split('</main>')[0] ?? '';
    for (const w of main.replace(/<[^>]+>|&[#\w]+;/g, ' ').match(/[\p{L}]{3,}/gu) ?? []) words.push(w.toLowerCase());
  }
  return words.sort();
}

export interface Article {
  slug: string;
  title: string;
  summary: string;
  body: string;
  municipalities: string[];
  themes: string[];
}

/** The generated articles, deterministic for a given vocabulary: sections of ~220 words. */
export function generateArticles(count: number, words: string[], municipalities: string[], themes: string[], wordsPerArticle = WORDS_PER_ARTICLE): Article[] {
  const rand = seeded(2014);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const sentence = () => {
    const n = 8 + Math.floor(rand() * 14);
    const s = Array.from({ length: n }, () => pick(words)).join(' ');
    return s[0]!.toUpperCase() + s.slice(1) + '.';
  };
  // A sentence has 14.5 words on average; a paragraph 5 sentences; a section 3 paragraphs.
  const sectionCount = Math.max(1, Math.round(wordsPerArticle / (3 * 5 * 14.5)));
  const paragraph = () => Array.from({ length: 5 }, sentence).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const ms = [...new Set([pick(municipalities), pick(municipalities)])];
    const ts = [...new Set([pick(themes), pick(themes)])];
    const body = Array.from(
      { length: sectionCount },
      (_, k) =>
        `## ${sentence()
          .slice(0, 40)
          .replace(/[.\s]+$/, '')} ${k + 1}\n\n${Array.from({ length: 3 }, paragraph).join('\n\n')}\n`,
    ).join('\n');
    return {
      slug: `artikel-${String(i).padStart(5, '0')}`,
      title: sentence().slice(0, 60).replace(/[".]/g, ''),
      summary: sentence().replace(/"/g, ''),
      body,
      municipalities: ms,
      themes: ts,
    };
  });
}

/** Writes the articles as this site's guide entries into <contentDir>/guide/. */
export function writeGeneratedGuide(contentDir: string, count: number, words: string[], municipalities: string[], themes: string[]): void {
  const dir = path.join(contentDir, 'guide');
  mkdirSync(dir, { recursive: true });
  generateArticles(count, words, municipalities, themes).forEach((a, i) =>
    writeFileSync(
      path.join(dir, `${a.slug}.md`),
      `---\ntitle: "${a.title}"\nsummary: "${a.summary}"\nkind: vejledning\norder: ${i + 10}\nmunicipalities: [${a.municipalities.join(', ')}]\nthemes: [${a.themes.join(', ')}]\nsources: [testkilde]\nfactsAsOf: 2014-12-10\n---\n\n${a.body}`,
    ),
  );
}

/** A Starlight sidebar entry: a label and the page it links to. */
export interface SidebarLink {
  label: string;
  link: string;
}

/**
 * Writes the same articles as Starlight docs (title and description in Starlight's schema) into
 * <docsDir>/guide/, and one page per category (<docsDir>/kategorier/<municipality>.md) listing the
 * articles whose first municipality it is, as a site with a sidebar by category has them. Returns
 * the category pages, the sidebar of that variant (bench/starlight/astro.config.mjs).
 */
export function writeStarlightGuide(docsDir: string, count: number, words: string[], municipalities: string[], themes: string[]): SidebarLink[] {
  const dir = path.join(docsDir, 'guide');
  mkdirSync(dir, { recursive: true });
  const byCategory = new Map<string, { slug: string; title: string }[]>();
  for (const a of generateArticles(count, words, municipalities, themes)) {
    writeFileSync(path.join(dir, `${a.slug}.md`), `---\ntitle: "${a.title}"\ndescription: "${a.summary}"\n---\n\n${a.body}`);
    const category = a.municipalities[0]!;
    byCategory.set(category, [...(byCategory.get(category) ?? []), { slug: a.slug, title: a.title }]);
  }
  const categories = path.join(docsDir, 'kategorier');
  mkdirSync(categories, { recursive: true });
  return [...byCategory.keys()].sort().map((category) => {
    const list = byCategory
      .get(category)!
      .map((a) => `- [${a.title}](/guide/${a.slug}/)`)
      .join('\n');
    writeFileSync(path.join(categories, `${category}.md`), `---\ntitle: "Kategori ${category}"\ndescription: "Vejledninger om ${category}."\n---\n\n${list}\n`);
    return { label: `Kategori ${category}`, link: `/kategorier/${category}/` };
  });
}
