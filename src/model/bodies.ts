// Phase 5 of the content check: the text of MDX/Markdown pages. Parsed with Sätteri, the
// processor the build uses, so a syntax error here is one the build would hit; then every link,
// image and component is checked against the pages the site will have.
import path from 'node:path';
import type { ContentProblem } from './problem';
import { checkBody, parseBody, placeholderLines } from './mdx';
import { sitePaths, type OtherRoutes } from './pages';
import { listFiles } from './files';
import { checkMdxSafety, componentPlacementProblems } from './rules/mdx-safety';
import type { Candidate } from './read';
import { PLACEHOLDER, type ValidEntry } from './validate';

export interface BodyInput {
  candidates: readonly Candidate[];
  valid: readonly ValidEntry[];
  /** When a data file could not be read, the set of pages is unknown: links are not checked. */
  pagesKnown: boolean;
  srcDir: string;
  publicDir: string;
  /** Dynamic routes that are not entry pages (the open-data files). */
  otherRoutes?: OtherRoutes;
}

export function checkBodies(input: BodyInput): { errors: ContentProblem[]; warnings: ContentProblem[] } {
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const trees: { c: Candidate; tree: NonNullable<ReturnType<typeof parseBody>['tree']>; draft: boolean }[] = [];
  for (const c of input.candidates) {
    if (c.spec.kind !== 'page' || c.bodyWithLines === undefined) continue;
    const draft = (c.raw as { draft?: unknown }).draft === true;
    const parsed = parseBody(c.bodyWithLines, c.file, c.file.endsWith('.mdx'));
    if (parsed.problem) errors.push(parsed.problem);
    else if (parsed.tree) trees.push({ c, tree: parsed.tree, draft });
    // Content is data: no code, only the author components and allowed HTML, only safe URLs.
    if (parsed.tree) errors.push(...checkMdxSafety(parsed.tree, c.file), ...componentPlacementProblems(parsed.tree, c.file, c.spec.name));
    for (const line of placeholderLines(c.bodyWithLines, PLACEHOLDER)) {
      (draft ? warnings : errors).push({
        file: c.file,
        line,
        code: 'placeholder',
        message: draft ? 'Teksten er ikke udfyldt endnu.' : 'Teksten er ikke udfyldt: der står stadig UDFYLD, og filen udgives (draft: false).',
        hint: `Erstat "${PLACEHOLDER} …" med sidens rigtige tekst${draft ? '' : '. Eller sæt draft: true, så den forbliver en kladde, indtil den er færdig'}.`,
      });
    }
  }

  if (!input.pagesKnown) return { errors, warnings };
  const pagesDir = path.join(input.srcDir, 'pages');
  const published = input.valid.filter((e) => !e.draft);
  const publishedPaths = sitePaths(published, pagesDir, input.otherRoutes);
  const hasDrafts = published.length !== input.valid.length;
  const allPaths = hasDrafts ? sitePaths(input.valid, pagesDir, input.otherRoutes) : publishedPaths;
  const draftPaths = new Set([...allPaths].filter((p) => !publishedPaths.has(p)));
  const publicFiles = new Set(listFiles(input.publicDir).map((f) => f.rel));
  for (const { c, tree, draft } of trees) {
    errors.push(
      ...checkBody(tree, {
        file: c.file,
        paths: draft ? allPaths : publishedPaths,
        draftPaths: draft ? new Set() : draftPaths,
        publicFiles,
      }),
    );
  }
  return { errors, warnings };
}
