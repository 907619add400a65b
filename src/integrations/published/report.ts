// The Danish report of the published-output check: each finding under the page it is on, with
// where it came from when that is content an editor can fix: a file in public/, a content file
// that holds the offending value, or the content file the page is built from. Only computed when
// there are findings, so its file reading costs nothing on a clean build.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { walkFiles, type FindingCode } from '../../model';
import { servedPath, type DistFinding } from './check-dist';

const PROBLEM: Record<FindingCode, { what: string; fix: string }> = {
  'event-handler': { what: 'en hændelsesattribut: kode, der kører i læserens browser', fix: 'Fjern attributten; indhold må ikke indeholde kode.' },
  script: { what: 'et script, der ikke er et af sitets egne (kun sitets egne filer i /_astro/ må køre)', fix: 'Fjern scriptet.' },
  'unsafe-url': {
    what: 'en adresse af en type, der ikke er tilladt (kun https:, http:, mailto:, tel: og stier på sitet)',
    fix: 'Skriv en https://-adresse eller en sti på sitet.',
  },
  'foreign-resource': {
    what: 'en fil, der hentes fra en anden server: sitet henter intet fra andre servere',
    fix: 'Læg filen i public/billeder/ og henvis til den som /billeder/navn.png.',
  },
  'forbidden-element': {
    what: 'et element, der ikke er tilladt på sitet (ramme, indlejret objekt, <base>, viderestilling eller <foreignObject>)',
    fix: 'Fjern det.',
  },
  'form-target': { what: 'en formular, der sender til en anden server', fix: 'Formularer må kun sende til sitet selv.' },
  unreadable: { what: 'filen kan ikke læses som XML', fix: 'Ret filen, så den er gyldig XML (eller SVG).' },
};

export interface ReportSources {
  /** Project root: content files are named relative to it. */
  root: string;
  base: string;
  /** The folder public/ was copied from, relative paths under it name `public/…`. */
  publicDir?: string | undefined;
  /** Site path (`/guide/en-indgang/`) → the content file its page is built from. */
  pageFiles: ReadonlyMap<string, string>;
}

/** Every file under a folder (full paths), or none when it does not exist. */
function filesUnder(dir: string): string[] {
  return existsSync(dir) ? walkFiles(dir).map((f) => f.path) : [];
}

/** Where a finding came from, in words for the editor, or undefined when it came from the site's code. */
function originOf(f: DistFinding, sources: ReportSources, contentTexts: () => Map<string, string>, publicFiles: () => Set<string>): string | undefined {
  if (publicFiles().has(f.file)) return `filen ${path.relative(sources.root, path.join(sources.publicDir!, f.file)).split(path.sep).join('/')}`;
  const value = f.value?.trim();
  if (value && value.length >= 4) {
    const holders = [...contentTexts()].filter(([, text]) => text.includes(value)).map(([file]) => file);
    if (holders.length) return holders.slice(0, 3).join(', ') + (holders.length > 3 ? ` og ${holders.length - 3} filer mere` : '');
  }
  const page = sources.pageFiles.get(servedPath(f.file, sources.base));
  return page ? `${page} (siden bygges af den fil)` : undefined;
}

export function publishedReport(findings: readonly DistFinding[], sources: ReportSources): string {
  let texts: Map<string, string> | undefined;
  const contentTexts = () =>
    (texts ??= new Map(
      filesUnder(path.join(sources.root, 'content')).map((f) => [path.relative(sources.root, f).split(path.sep).join('/'), readFileSync(f, 'utf8')]),
    ));
  let pub: Set<string> | undefined;
  const publicFiles = () =>
    (pub ??= new Set(sources.publicDir ? filesUnder(sources.publicDir).map((f) => path.relative(sources.publicDir!, f).split(path.sep).join('/')) : []));

  const byFile = new Map<string, DistFinding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const lines = [
    `Det færdige site indeholder noget, der ikke må udgives: ${findings.length} fund i ${byFile.size} ${byFile.size === 1 ? 'fil' : 'filer'}. Bygningen er stoppet, og intet er udgivet.`,
  ];
  let fromCode = false;
  const shown = [...byFile].slice(0, 20);
  for (const [file, list] of shown) {
    lines.push('', `${servedPath(file, sources.base)} (dist/${file})`);
    for (const f of list.slice(0, 10)) {
      const p = PROBLEM[f.code];
      const origin = originOf(f, sources, contentTexts, publicFiles);
      if (!origin) fromCode = true;
      lines.push(
        `  ${f.line ? `linje ${f.line}: ` : ''}${f.what}`,
        `    Det er ${p.what}. ${publicFiles().has(f.file) ? 'Ret filen, eller fjern den fra public/.' : p.fix}`,
        `    Kommer fra: ${origin ?? 'sitets kode (src/), ikke fra indholdet'}`,
      );
    }
    if (list.length > 10) lines.push(`  … og ${list.length - 10} fund mere i samme fil`);
  }
  if (byFile.size > shown.length) lines.push('', `… og ${byFile.size - shown.length} filer mere.`);
  if (fromCode) lines.push('', 'Fund, der kommer fra sitets kode, kan en redaktør ikke rette: giv en udvikler denne besked.');
  return lines.join('\n');
}
