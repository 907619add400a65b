// The tags in a piece of raw HTML, in order, as a browser's tokenizer reads them (parse5's
// HTML tokenizer): for plugins that look at raw HTML beside Markdown text (a `.md` page's inline
// `<abbr>…</abbr>`), without reading HTML with a regular expression.
import { Tokenizer, type TokenHandler } from 'parse5';

export interface RawTag {
  name: string;
  closing: boolean;
}

export function rawTags(html: string): RawTag[] {
  const tags: RawTag[] = [];
  const ignore = () => undefined;
  const handler: TokenHandler = {
    onStartTag: (t) => void tags.push({ name: t.tagName, closing: false }),
    onEndTag: (t) => void tags.push({ name: t.tagName, closing: true }),
    onComment: ignore,
    onDoctype: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
    onEof: ignore,
  };
  new Tokenizer({ sourceCodeLocationInfo: false }, handler).write(html, true);
  return tags;
}
