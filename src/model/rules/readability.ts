// LIX, the Danish/Swedish readability index, of a page's text as readers see it:
//   LIX = words / sentences + 100 × (words longer than 6 letters) / words
// Computed on the parsed page (the same Sätteri hast tree the check parses once), so
// markup, link addresses, comments and component tags never count as words. Each block a reader
// sees as a unit (paragraph, heading, list item, table cell) ends a sentence; inside a block,
// sentences are split by the Unicode sentence rules (Intl.Segmenter, Danish), which know that
// "bl.a. kommunen" or "2.0" does not end one, and additionally at a colon as LIX prescribes.
// Words are Intl.Segmenter's word-like segments; a word's length counts its letters only.
import type { Problem } from '../problem';
import { problem } from '../problems';

export interface MdastNode {
  type: string;
  /** hast elements: the tag name decides, as the type does for mdast nodes. */
  tagName?: string;
  value?: string;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

export interface Readability {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
  /** The sentence with the most words, and the line its block starts on. */
  longestSentence?: { text: string; words: number; line?: number };
}

/** Blocks that end a sentence where they end. */
const BLOCKS = new Set([
  ...['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'footnoteDefinition', 'mdxJsxFlowElement'],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'blockquote', 'dt', 'dd', 'figcaption', 'caption'],
]);
/** Never read as text: code, comments and expressions, raw HTML, front matter. */
const SKIPPED = new Set([
  ...['code', 'inlineCode', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'html', 'yaml', 'toml', 'definition'],
  ...['comment', 'raw', 'pre', 'script', 'style', 'template'],
]);
/** The node's kind: a hast element's tag name, else its type. */
const kindOf = (node: MdastNode): string => (node.type === 'element' && node.tagName ? node.tagName : node.type);

/** The text blocks of a tree, in order, each with the line it starts on. */
export function textBlocks(tree: MdastNode): { text: string; line?: number }[] {
  const blocks: { text: string; line?: number }[] = [];
  const walk = (node: MdastNode, into: string[] | undefined): void => {
    const kind = kindOf(node);
    if (SKIPPED.has(kind)) return;
    if (node.type === 'text') {
      into?.push(node.value ?? '');
      return;
    }
    if (kind === 'break' || kind === 'br') into?.push(' ');
    const isBlock = BLOCKS.has(kind);
    // A block's own text; blocks nested in it (the paragraphs of a list item) make their own.
    const own: string[] | undefined = isBlock ? [] : into;
    for (const child of node.children ?? []) walk(child, own);
    if (isBlock && own) {
      const text = own.join('').replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ text, ...(node.position ? { line: node.position.start.line } : {}) });
    }
  };
  walk(tree, undefined);
  return blocks;
}

const sentenceSegmenter = new Intl.Segmenter('da', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('da', { granularity: 'word' });

/** The sentences of one block of text. */
export function sentencesOf(text: string): string[] {
  return [...sentenceSegmenter.segment(text)]
    .flatMap((s) => s.segment.split(/(?<=:)\s+/))
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

/** The words of a text (numbers included); punctuation and symbols are not words. */
export function wordsOf(text: string): string[] {
  return [...wordSegmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** A word is long when it has more than six letters. */
export function isLongWord(word: string): boolean {
  return (word.match(/\p{L}/gu)?.length ?? 0) > 6;
}

/** LIX of text blocks; a text without words has LIX 0. */
export function readabilityOf(blocks: readonly { text: string; line?: number }[]): Readability {
  let words = 0;
  let sentences = 0;
  let longWords = 0;
  let longestSentence: Readability['longestSentence'];
  for (const block of blocks) {
    for (const sentence of sentencesOf(block.text)) {
      const w = wordsOf(sentence);
      sentences += 1;
      words += w.length;
      longWords += w.filter(isLongWord).length;
      if (!longestSentence || w.length > longestSentence.words)
        longestSentence = { text: sentence, words: w.length, ...(block.line !== undefined ? { line: block.line } : {}) };
    }
  }
  const lix = words ? Math.round(words / sentences + (100 * longWords) / words) : 0;
  return { lix, words, sentences, longWords, ...(longestSentence ? { longestSentence } : {}) };
}

/** LIX of a parsed page. */
export function pageReadability(tree: MdastNode): Readability {
  return readabilityOf(textBlocks(tree));
}

/** Longer sentences are cut in a warning, so it stays readable itself. */
const QUOTE_LIMIT = 240;

/** A warning for each page whose LIX is above the owner's limit, naming its longest sentence. */
export function lixWarnings(pages: readonly (Readability & { file: string })[], limit: number): Problem[] {
  return pages
    .filter((p) => p.lix > limit)
    .map((p) => {
      const longest = p.longestSentence;
      const quote = longest && (longest.text.length > QUOTE_LIMIT ? `${longest.text.slice(0, QUOTE_LIMIT).trimEnd()} …` : longest.text);
      const perSentence = (p.words / p.sentences).toFixed(1).replace('.', ',');
      const share = Math.round((100 * p.longWords) / p.words);
      return problem(
        'lix-high',
        { file: p.file, line: longest?.line, value: p.lix },
        { lix: p.lix, limit, perSentence, share, longest: longest && quote ? { words: longest.words, quote } : undefined },
      );
    });
}
