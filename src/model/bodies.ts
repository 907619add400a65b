// Phase 5 of the content check: the text of MDX/Markdown pages, on each page's one parse
// (src/model/parse/page.ts: Sätteri's tree, as the build renders it). A syntax error is one the
// build would hit; the safety rule holds every element to the one allowlist; then every link
// (fragments included), image and component is checked against the pages the site will have.
import path from 'node:path';
import type { Problem } from './problem';
import { problem } from './problems';
import { bodyAnchors, checkBody, placeholderLines, syntaxProblem } from './mdx';
import { routeCollisions, sitePaths, type OtherRoutes } from './pages';
import { pagePathOf } from './rules/references';
import { listFiles } from './files';
import { answersInTree } from './parse/answers';
import type { TreeNode } from './parse/page';
import { checkMdxSafety, componentPlacementProblems } from './rules/mdx-safety';
import type { Candidate } from './read';
import { templateAnchors } from './template-anchors';
import type { CollectionName } from './registry';
import { PLACEHOLDER, type ValidEntry } from './validate';
import { pageReadability, type Readability } from './rules/readability';

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

/** A page's readability (LIX), computed on its parsed text. */
export interface PageReadability extends Readability {
  file: string;
}

export interface BodyResult {
  errors: Problem[];
  warnings: Problem[];
  /** Every page whose text could be parsed. */
  readability: PageReadability[];
}

export function checkBodies(input: BodyInput): BodyResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const readability: PageReadability[] = [];
  const trees: { c: Candidate; tree: TreeNode; draft: boolean }[] = [];
  for (const c of input.candidates) {
    if (c.spec.kind !== 'page' || !c.page) continue;
    const draft = (c.raw as { draft?: unknown }).draft === true;
    const syntax = syntaxProblem(c.page, c.file);
    if (syntax) errors.push(syntax);
    const tree = c.page.tree;
    if (tree) {
      trees.push({ c, tree, draft });
      readability.push({ file: c.file, ...pageReadability(tree) });
    }
    // Content is data: no code, only the author components and allowed HTML, only safe URLs.
    if (tree) errors.push(...checkMdxSafety(tree, c.file), ...componentPlacementProblems(tree, c.file, c.spec.name));
    const bodyStart = c.text.split('\n').length - c.page.body.split('\n').length;
    for (const line of placeholderLines(c.page.body, PLACEHOLDER)) {
      (draft ? warnings : errors).push(problem('placeholder', { file: c.file, line: line + bodyStart }, { in: 'text', draft, marker: PLACEHOLDER }));
    }
  }

  const pagesDir = path.join(input.srcDir, 'pages');
  errors.push(...routeCollisions(input.valid, pagesDir));
  if (!input.pagesKnown) return { errors, warnings, readability };
  const published = input.valid.filter((e) => !e.draft);
  const publishedPaths = sitePaths(published, pagesDir, input.otherRoutes);
  const hasDrafts = published.length !== input.valid.length;
  const allPaths = hasDrafts ? sitePaths(input.valid, pagesDir, input.otherRoutes) : publishedPaths;
  const draftPaths = new Set([...allPaths].filter((p) => !publishedPaths.has(p)));
  const publicFiles = new Set(listFiles(input.publicDir).map((f) => f.rel));
  // The ids each content page will have, for links to `#fragment` and `/page/#fragment`.
  const anchors = new Map<string, Set<string>>();
  const pathOf = new Map<Candidate, string>();
  for (const { c, tree } of trees) {
    const page = pagePathOf(c.spec.name as CollectionName, c.id);
    if (page === undefined) continue;
    pathOf.set(c, `${page}/`);
    anchors.set(`${page}/`, bodyAnchors(tree, c.spec.name === 'interviews' ? answersInTree(tree).map((a) => a.question) : []));
  }
  // The glossary page has one anchor per term (its id), so `/ordliste/#soev` is checked too.
  anchors.set('ordliste/', new Set(input.valid.filter((e) => e.collection === 'terms').map((e) => e.id)));
  const fixed = templateAnchors(input.srcDir);
  for (const { c, tree, draft } of trees) {
    errors.push(
      ...checkBody(tree, {
        file: c.file,
        paths: draft ? allPaths : publishedPaths,
        draftPaths: draft ? new Set() : draftPaths,
        publicFiles,
        ...(pathOf.has(c) ? { ownPath: pathOf.get(c)! } : {}),
        anchors,
        templateAnchors: fixed,
      }),
    );
  }
  return { errors, warnings, readability };
}
