// Typos as readers make them, generated from a correct word: each one letter missing, and each two
// neighbouring letters swapped (letters only; `Ikast-Brande` keeps its hyphen).
export function typos(name: string): string[] {
  const out = new Set<string>();
  const chars = [...name];
  chars.forEach((c, i) => {
    if (!/\p{L}/u.test(c)) return;
    out.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
    const next = chars[i + 1];
    if (next && /\p{L}/u.test(next) && next.toLowerCase() !== c.toLowerCase()) out.add([...chars.slice(0, i), next, c, ...chars.slice(i + 2)].join(''));
  });
  out.delete(name);
  return [...out];
}
