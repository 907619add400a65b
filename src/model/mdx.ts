// MDX and Markdown bodies: parsed with Sätteri, the processor the build uses, so a syntax error
// here is one the build would hit. Then every link and image is checked (components and HTML: rules/mdx-safety.ts).
import { markdownToMdast, mdxToMdast } from 'satteri';
import { editDistance } from './closest';
import type { ContentProblem } from './problem';
import { imageSourceProblem, urlKind } from './rules/urls';

interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  url?: string;
  alt?: string | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  identifier?: string;
}

export interface ParsedBody {
  tree?: Node;
  problem?: ContentProblem;
}

const MDX_ERRORS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/Expected a closing tag for `<([^>]*)>`/, (m) => `Tagget <${m[1]}> bliver ikke lukket. Skriv </${m[1]}> efter indholdet.`],
  [
    /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/,
    (m) => `Lukketagget </${m[1]}> passer ikke til <${m[2]}>, som er åbnet før.`,
  ],
  [/to create a link in MDX, use `\[text\]\(url\)`/, () => 'En adresse i <…> er ikke tilladt i MDX. Skriv links som [tekst](https://…).'],
  [
    /Unexpected character .* before name, expected a character that can start a name/,
    () => 'Tegnet < skal efterfølges af et tagnavn, fx <Answer>. Vil du skrive tegnet som tekst, så skriv \\<.',
  ],
  [
    /expected a corresponding closing brace for `\{`/,
    () => 'En { bliver ikke lukket med }. I MDX betyder { … } kode; vil du skrive tegnet som tekst, så skriv \\{.',
  ],
  [/Could not parse expression/, () => 'Teksten i { … } kan ikke læses. I MDX betyder { … } kode; vil du skrive tegnet som tekst, så skriv \\{.'],
  [/Unexpected end of file/, () => 'Filen slutter midt i et tag eller et udtryk.'],
];

/** Parses a body (frontmatter already blanked out, so lines match the file) and reports a syntax error with its line. */
export function parseBody(source: string, file: string, isMdx: boolean): ParsedBody {
  try {
    return { tree: (isMdx ? mdxToMdast(source) : markdownToMdast(source)) as unknown as Node };
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    const m = /^(\d+):(\d+):\s*(.*)$/s.exec(text);
    const detail = (m ? m[3]! : text).replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '').trim();
    const known = MDX_ERRORS.map(([re, say]) => [re.exec(detail), say] as const).find(([hit]) => hit);
    return {
      problem: {
        file,
        ...(m ? { line: Number(m[1]) } : {}),
        code: 'mdx-syntax',
        message: `MDX-syntaksfejl: ${known ? known[1](known[0]!) : detail}`,
        hint: `Tegnene < og { har særlig betydning i MDX: skriv \\< eller \\{ for at vise dem som tekst, og luk hvert tag, fx <Answer question="id"> … </Answer>. (Teknisk besked: ${detail})`,
      },
    };
  }
}

export interface BodyCheckContext {
  file: string;
  /** Site paths that will exist (see pages.ts), e.g. `kommuner/aalborg/`. */
  paths: ReadonlySet<string>;
  /** Site paths that exist only as drafts (not in the production build). */
  draftPaths: ReadonlySet<string>;
  /** Files in public/, as site paths (`favicon.svg`). */
  publicFiles: ReadonlySet<string>;
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function attribute(node: Node, name: string): { present: boolean; value: unknown } {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return { present: attr !== undefined, value: attr?.value };
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Problems with one internal link target; undefined when it is fine. */
function linkProblem(url: string, ctx: BodyCheckContext, line: number | undefined): ContentProblem | undefined {
  const at = { file: ctx.file, ...(line !== undefined ? { line } : {}), code: 'broken-link' as const, field: 'link', value: url };
  if (url === '' || url.startsWith('#') || SCHEME.test(url) || url.startsWith('//') || ['unsafe', 'local'].includes(urlKind(url))) return undefined;
  if (!url.startsWith('/')) {
    return {
      ...at,
      message: 'Interne links skal starte med /, så de virker fra alle sider.',
      hint: 'Skriv hele stien fra sitets forside, fx [Aalborg Kommune](/kommuner/aalborg/).',
    };
  }
  const pathOnly = decodeURI(url.replace(/[?#].*$/, '')).replace(/^\//, '');
  if (ctx.paths.has(pathOnly) || ctx.publicFiles.has(pathOnly)) return undefined;
  if (!pathOnly.endsWith('/') && ctx.paths.has(`${pathOnly}/`)) {
    return { ...at, message: 'Linket mangler / til sidst.', hint: `Skriv /${pathOnly}/ – alle sider på sitet slutter med /.` };
  }
  if (ctx.draftPaths.has(pathOnly)) {
    return {
      ...at,
      code: 'draft-link',
      message: `Siden /${pathOnly} er en kladde (draft: true) og kommer ikke med på det færdige site.`,
      hint: 'Udgiv siden først (draft: false), eller fjern linket.',
    };
  }
  const suggestions = [...ctx.paths]
    .map((p) => ({ p, d: editDistance(pathOnly, p) }))
    .sort((a, b) => a.d - b.d || a.p.localeCompare(b.p))
    .slice(0, 2)
    .map((x) => `/${x.p}`);
  return {
    ...at,
    message: `Siden /${pathOnly} findes ikke på sitet.`,
    hint: `Mente du ${suggestions.map((s) => `"${s}"`).join(' eller ')}? Links skrives som [tekst](/mappe/id/), fx /kommuner/aalborg/ eller /guide/en-indgang/.`,
  };
}

/** Links to pages that do not exist, and images without alt text or whose file is missing. Unknown components: src/model/rules/mdx-safety.ts. */
export function checkBody(tree: Node, ctx: BodyCheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  walk(tree, (n) => {
    const line = n.position?.start.line;
    const at = { file: ctx.file, ...(line !== undefined ? { line } : {}) };
    if ((n.type === 'link' || n.type === 'definition') && typeof n.url === 'string') {
      const p = linkProblem(n.url, ctx, line);
      if (p) problems.push(p);
    } else if (n.type === 'image' && typeof n.url === 'string' && imageSourceProblem(n.url, ctx.publicFiles, at)) {
      problems.push(imageSourceProblem(n.url, ctx.publicFiles, at)!);
    } else if (n.type === 'image' && !(n.alt ?? '').trim()) {
      problems.push({
        ...at,
        code: 'image-alt',
        field: 'billede',
        value: n.url,
        message: 'Billedet mangler en alternativ tekst (alt-tekst).',
        hint: 'Skriv en kort beskrivelse af billedet mellem de firkantede parenteser, fx ![Kort over Danmarks kommuner](/billede.png). Blinde og svagtseende får teksten læst op.',
      });
    } else if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
      // Unknown components, code and HTML that is not allowed: src/model/rules/mdx-safety.ts.
      const name = n.name ?? '';
      if (name === 'img') {
        const src = attribute(n, 'src').value;
        const srcProblem = typeof src === 'string' ? imageSourceProblem(src, ctx.publicFiles, at) : undefined;
        if (srcProblem) problems.push(srcProblem);
        const alt = attribute(n, 'alt');
        if (!alt.present || (typeof alt.value === 'string' && !alt.value.trim())) {
          problems.push({
            ...at,
            code: 'image-alt',
            field: 'billede',
            value: attribute(n, 'src').value,
            message: 'Billedet mangler en alternativ tekst (alt-tekst).',
            hint: 'Tilføj alt="kort beskrivelse af billedet" i <img>-tagget.',
          });
        }
      }
      if (name === 'a') {
        const href = attribute(n, 'href').value;
        if (typeof href === 'string') {
          const p = linkProblem(href, ctx, line);
          if (p) problems.push(p);
        }
      }
    }
  });
  return problems;
}

/** Plain text of placeholders left in a body ("UDFYLD"), with their lines. */
export function placeholderLines(source: string, marker: string): number[] {
  return source.split(/\r?\n/).flatMap((l, i) => (l.includes(marker) ? [i + 1] : []));
}
