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
  oneFields,
  onlyOne,
  specOf,
  type CollectionName,
  type CollectionSpec,
  type FileKind,
  type ReferenceRole,
  type Registry,
  type ScaffoldArg,
  type ScaffoldFill,
  type Scaffolding,
} from './registry';
export type { PlainEntry } from './entry';
export { idFromPath } from './ids';

// The check and the checked session.
export { checkContent, PLACEHOLDER, type CheckOptions, type CheckedEntry, type CheckResult } from './check';
export { modelOf } from './session';

// Problems.
export { ContentError, formatProblemsByFile, problemsByFile, type ContentProblem } from './problem';

// The pages the content calls for, and whether the build wrote them.
export { sitePaths, type OtherRoutes } from './pages';
export { missingOutput, missingOutputMessage } from './expected-output';

// Relations and rules the site and the build steps share with the check.
export { deriveRelations, type ArticleCollection, type PageRef, type Relations } from './relations';
export { answeredQuestions } from './rules/content-rules';
export { citedSourceIds, pagePathOf, referencesIn, referencesOf, REFERENCE_FIELDS, type ReferenceTarget } from './rules/references';
export { AUTHOR_COMPONENTS } from './rules/author-components';
export { checkSourceSafety } from './rules/mdx-safety';
export { isAbbreviation } from './rules/term-rules';

// The output policy: what published HTML, SVG and XML may contain (the build's check of dist/,
// src/integrations/published/; the model holds editors' files in public/ to it too).
export { checkHtmlDocument } from './policy/html-policy';
export { checkXmlDocument } from './policy/xml-policy';
export { cssUrls } from './policy/css-urls';
export { resourceVerdict, type SiteOrigin } from './policy/url-policy';
export type { Finding, FindingCode, PolicyContext } from './policy/element-policy';

// Helpers.
export { closest } from './closest';
export { didYouMean, idCandidates, normaliseForId, suggestIds, type IdCandidate } from './suggest';
export { danishDate } from './rules/danish-dates';
export { walkFiles, type WalkedFile } from './walk';
export { capitalise, count, formatDate, formatMonth, isoDay } from './format';

// The one parse of a content file, and what is read from it (issue 16): the features pages render
// with, interview answers from the MDX tree, the URL helpers the Markdown plugins and the answers share.
export { MARKDOWN_FEATURES } from './parse/features';
export { answersOf, answerHtml, answerText, type ParsedAnswer } from './parse/answers';
export { parsePage, type ParsedPage } from './parse/page';
export { baseUrl, isExternal } from './rules/urls';
