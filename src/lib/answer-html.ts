// One interview answer as HTML, for pages that compare the answers to a standard question.
// The answer is the Markdown between <Answer question="id"> and </Answer> in the interview's
// MDX (already checked by the content rules), rendered with the site's own link handling.
import { markdownToHtml } from 'satteri';
import { links } from '../markdown/links';

const BASE = import.meta.env.BASE_URL;

/** The Markdown of the answer to `question` in an interview body, or undefined. */
export function answerMarkdown(body: string, question: string): string | undefined {
  const withoutComments = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  const open = new RegExp(`<Answer\\s+question="${question.replace(/[^a-z0-9-]/g, '')}"\\s*>`);
  const start = withoutComments.search(open);
  if (start < 0) return undefined;
  const from = withoutComments.indexOf('>', start) + 1;
  const end = withoutComments.indexOf('</Answer>', from);
  return withoutComments.slice(from, end < 0 ? undefined : end).trim();
}

/** The answer rendered to HTML; headings are demoted so they fit under the page's own. */
export async function answerHtml(body: string, question: string): Promise<string | undefined> {
  const markdown = answerMarkdown(body, question);
  if (markdown === undefined) return undefined;
  const { html } = await markdownToHtml(markdown, { hastPlugins: [links(BASE)], features: { smartPunctuation: false } });
  return html.replace(/<(\/?)h([1-5])\b/g, (_: string, slash: string, level: string) => `<${slash}h${Math.min(Number(level) + 2, 6)}`);
}
