// Generates a large, valid content set for benchmarks: the minimal fixture's data plus N guide
// articles (.md) written from the real site's Danish vocabulary with a seeded random generator,
// each referencing municipalities and themes, so filters and relations are exercised too.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function vocabulary(distDir: string, files: string[]): string[] {
  const words = new Set<string>();
  for (const f of files) {
    const html = readFileSync(path.join(distDir, f), 'utf8');
    const main = html.split('<main')[1]?.split('</main>')[0] ?? '';
    for (const w of main.replace(/<[^>]+>/g, ' ').match(/[\p{L}]{3,}/gu) ?? []) words.add(w.toLowerCase());
  }
  return [...words].sort();
}

export function writeGeneratedGuide(contentDir: string, count: number, words: string[], municipalities: string[], themes: string[]): void {
  const rand = seeded(2014);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const sentence = () => {
    const n = 8 + Math.floor(rand() * 14);
    const s = Array.from({ length: n }, () => pick(words)).join(' ');
    return s[0]!.toUpperCase() + s.slice(1) + '.';
  };
  const dir = path.join(contentDir, 'guide');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const ms = [...new Set([pick(municipalities), pick(municipalities)])];
    const ts = [...new Set([pick(themes), pick(themes)])];
    const sections = Array.from({ length: 3 }, (_, k) => `## ${sentence().slice(0, 40).replace(/[.\s]+$/, '')} ${k + 1}\n\n${Array.from({ length: 3 }, sentence).join(' ')}\n\n${Array.from({ length: 3 }, sentence).join(' ')}\n`).join('\n');
    writeFileSync(
      path.join(dir, `artikel-${String(i).padStart(5, '0')}.md`),
      `---\ntitle: "${sentence().slice(0, 60).replace(/[".]/g, '')}"\nsummary: "${sentence().replace(/"/g, '')}"\nkind: vejledning\norder: ${i + 10}\nmunicipalities: [${ms.join(', ')}]\nthemes: [${ts.join(', ')}]\nsources: [testkilde]\nfactsAsOf: 2014-12-10\n---\n\n${sections}`,
    );
  }
}
