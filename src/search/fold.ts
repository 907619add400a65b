// Spelling folds for Danish search: Århus/Aarhus, ø/oe/o, æ/ae, å/aa, é/e.
// Used at build (to write the dictionary of indexed words by folded form) and in the browser
// (to look a typed word up in it). Pure functions, no DOM.

/** Lower-case, accents other than æ/ø/å dropped (é→e, ü→u). */
export function normalise(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/(?<![ao])\u030a|\u0301|\u0300|\u0308|\u0302/g, '')
    .normalize('NFC');
}

/** Strict fold: the spelled-out forms, as on a keyboard without æ/ø/å (København → koebenhavn, Århus → aarhus). */
export function strictFold(word: string): string {
  return normalise(word).replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
}

/** Loose fold: the forms people type when they just drop the ring or slash (socialokonomi, kobenhavn, arhus). */
export function looseFold(word: string): string {
  return strictFold(word).replace(/oe/g, 'o').replace(/aa/g, 'a');
}

/** Whether a word has a spelling that folding changes (so the dictionary must know it). */
export function hasVariants(word: string): boolean {
  const w = normalise(word);
  return /[æøå]|aa|oe|ae/.test(w) || w !== word.toLowerCase();
}

/** The keys under which the dictionary files a word. */
export function foldKeys(word: string): string[] {
  return [...new Set([strictFold(word), looseFold(word)])];
}

/** Words of a text as Pagefind splits them (letters and digits), lower-cased. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The dictionary's shards: one per first character a–z and 0–9, and `_` for keys starting with
 * anything else. The build writes every one of them (empty ones as `{}`), so the search page
 * never asks for a shard that does not exist.
 */
export const SHARDS: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz0123456789', '_'];

/** The dictionary shard a key lives in (see SHARDS). */
export function shardOf(key: string): string {
  const first = key[0] ?? '_';
  return /[a-z0-9]/.test(first) ? first : '_';
}
