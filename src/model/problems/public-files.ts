// The catalogue's section for files editors put in public/ (src/model/public-files.ts), checked by
// their content; a symbolic link there is `symlink` (files section).
import { entry } from './define';

/** Something an SVG holds that a drawing may not, as src/model/public-files.ts finds it (`what` is the markup found). */
export type SvgFinding = { kind: 'unreadable'; what: string } | { kind: 'found'; what: string; line?: number | undefined } | { kind: 'doctype' };

function svgFinding(f: SvgFinding): string {
  if (f.kind === 'unreadable') return `filen kan ikke læses som SVG (${f.what})`;
  if (f.kind === 'doctype') return 'en <!DOCTYPE> med egne definitioner (<!ENTITY …>)';
  return `${f.what}${f.line ? ` (linje ${f.line})` : ''}`;
}

const HIDDEN_OUTPUT = ['.html', '.htm', '.js', '.mjs', '.css', '.xml'];
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

export const PUBLIC_FILES = {
  'public-file-type': entry<{ ext: string; allowed: string }>({
    title: 'Filtypen må ikke ligge i public/',
    message: ({ ext }) =>
      `Filen er ikke en type, der må ligge i public/: indholdet er hverken et billede, en SVG-tegning eller en PDF${HIDDEN_OUTPUT.includes(ext) ? ' (HTML-sider, scripts, typografiark og XML udgives aldrig herfra)' : ''}.`,
    hint: ({ allowed }) => `Tilladt er: ${allowed}. Fjern filen, eller gem den i en af de typer.`,
  }),
  'public-file-extension': entry<{ ext: string; label: string; extension: string }>({
    title: 'Filens endelse passer ikke til indholdet',
    message: ({ ext, label }) => `Filen hedder ${ext || '(ingen endelse)'}, men indholdet er et ${label}.`,
    hint: ({ extension }) => `Giv filen endelsen ${extension} og ret henvisningerne til den.`,
  }),
  'public-file-size': entry<{ bytes: number; label: string; maxBytes: number }>({
    title: 'Filen er for stor',
    message: ({ bytes, label, maxBytes }) =>
      `Filen fylder ${mb(bytes)} MB; et ${label} må højst fylde ${mb(maxBytes)} MB, så siden også er hurtig på et langsomt net.`,
    hint: 'Gem billedet i en mindre størrelse (fx 1600 pixel bredt) eller med mere komprimering.',
  }),
  'public-svg': entry<{ kind: 'unreadable' } | { kind: 'not-a-drawing'; found: readonly SvgFinding[] }>({
    title: 'SVG-tegning med mere end en tegning',
    message: (p) =>
      p.kind === 'unreadable'
        ? 'Filen hedder .svg, men kan ikke læses som en SVG-tegning (den er ikke gyldig XML med et <svg>-element yderst).'
        : `SVG-tegningen indeholder noget, der ikke må udgives: ${p.found.slice(0, 3).map(svgFinding).join('; ')}. En SVG må kun være en tegning: uden script, hændelsesattributter (onload …), <foreignObject> og henvisninger til andre filer.`,
    hint: (p) =>
      p.kind === 'unreadable'
        ? 'Gem tegningen igen fra tegneprogrammet som SVG, eller brug en PNG.'
        : 'Gem tegningen igen som "almindelig SVG" uden scripts, eller brug en PNG.',
  }),
};
