// The URLs a piece of CSS makes the browser load: `url(…)`, `src(…)`, `image-set("…")` and
// `@import "…"`, after undoing CSS escapes (`u\72l(` is `url(`) and removing comments, the way a
// CSS tokenizer sees them. Used on `style` attributes, `<style>` elements and the site's CSS files.
// Hand-written because no CSS tokenizer is a dependency and these four forms are all CSS has for
// loading a resource; a CSS URL has no other spelling once escapes and comments are gone.

/** CSS escapes decoded: `\75` / `\000075 ` → `u`, `\(` → `(`; an escaped newline is dropped. */
function unescapeCss(css: string): string {
  return css.replace(
    /\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(\r\n|[\n\r\f])|([\s\S]))/g,
    (_m, hex: string | undefined, newline: string | undefined, ch: string | undefined) => {
      if (hex) {
        const code = parseInt(hex, 16);
        return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
      }
      return newline ? '' : (ch ?? '');
    },
  );
}

const FUNCTION_URL = /\b(?:url|src)\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*[^)]*\)/gi;
const IMAGE_SET = /\b(?:-webkit-)?image-set\(([^)]*)\)/gi;
const QUOTED = /"([^"]*)"|'([^']*)'/g;
const IMPORT = /@import\s+(?:"([^"]*)"|'([^']*)')/gi;

export function cssUrls(css: string): string[] {
  const text = unescapeCss(css).replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ');
  const urls: string[] = [];
  for (const m of text.matchAll(FUNCTION_URL)) urls.push(m[1] ?? m[2] ?? m[3] ?? '');
  for (const m of text.matchAll(IMAGE_SET)) for (const q of m[1]!.matchAll(QUOTED)) urls.push(q[1] ?? q[2] ?? '');
  for (const m of text.matchAll(IMPORT)) urls.push(m[1] ?? m[2] ?? '');
  return urls.filter((u) => u.trim() !== '');
}
