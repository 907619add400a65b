// HTML validity with html-validate (configuration and reasons for disabled rules: .htmlvalidate.mjs).
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import type { BuiltPage, SiteProblem } from './site-pages';

export async function checkHtml(pages: BuiltPage[]): Promise<SiteProblem[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: SiteProblem[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file.replace(/\.html$/, '') + '.html');
    for (const result of report.results) {
      for (const m of result.messages) problems.push({ file: page.file, problem: `${m.ruleId}: ${m.message} (line ${m.line})` });
    }
  }
  return problems;
}
