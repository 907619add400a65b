// Suggests the valid ids closest to a misspelt one (Levenshtein distance).

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/** Up to `limit` candidates, nearest first (a prefix counts as near); ties keep alphabetical order. */
export function closest(value: string, candidates: Iterable<string>, limit = 3): string[] {
  return [...candidates]
    .map((c) => ({ c, d: c.startsWith(value) || value.startsWith(c) ? 0.5 : editDistance(value, c) }))
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, limit)
    .map((x) => x.c);
}

/**
 * The one typo threshold: `candidate` is plausibly what was meant by `value` when one starts with
 * the other or they differ by at most 2 edits, or a third of the candidate's length (case ignored).
 */
export function isTypoOf(value: string, candidate: string): boolean {
  const a = value.toLowerCase();
  const b = candidate.toLowerCase();
  return a.startsWith(b) || b.startsWith(a) || editDistance(a, b) <= Math.max(2, Math.floor(b.length / 3));
}
