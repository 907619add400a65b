// The content model's one door. Everything outside src/model/ (the editors' commands, the site's
// queries and views, the build steps) imports the model from here and nowhere else; the lint rule
// in eslint.config.mjs rejects an import of a file inside the model. The model itself imports only
// src/schemas/ (and packages), never what sits around it. See docs/architecture.md.

// The collections.
export {
  COLLECTIONS,
  COLLECTION_NAMES,
  PAGE_FOLDERS,
  entryPath,
  specOf,
  type CollectionName,
  type CollectionSpec,
  type FileKind,
  type Registry,
} from './registry';
export type { PlainEntry } from './entry';
export { idFromPath } from './ids';

// The check and the checked session.
export { checkContent, PLACEHOLDER, type CheckOptions, type CheckedEntry, type CheckResult } from './check';
export { modelOf } from './session';

// Problems.
export { ContentError, formatProblemsByFile, type ContentProblem } from './problem';

// The pages the content calls for, and whether the build wrote them.
export { sitePaths, type OtherRoutes } from './pages';
export { missingOutput, missingOutputMessage } from './expected-output';

// Relations and rules the site and the build steps share with the check.
export { deriveRelations, type ArticleCollection, type PageRef, type Relations } from './relations';
export { answeredQuestions } from './rules/content-rules';
export { pagePathOf, REFERENCE_FIELDS, type ReferenceTarget } from './rules/references';
export { AUTHOR_COMPONENTS } from './rules/author-components';
export { checkSourceSafety } from './rules/mdx-safety';
export { isAbbreviation } from './rules/term-rules';

// Helpers.
export { closest } from './closest';
export { walkFiles, type WalkedFile } from './walk';
export { capitalise, count, formatDate, formatMonth, isoDay } from './format';
