// The answers of an interview's MDX body, as plain text per standard question.

const ANSWER = /<Answer\s+question="([^"]+)"\s*>([\s\S]*?)<\/Answer>/g;

/** Markdown to plain text: links keep their text, emphasis and headings lose their marks. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^[ \t]*[-*+][ \t]+/gm, '– ')
    .replace(/(\*\*|__|\*|_|`)(\S[\s\S]*?\S|\S)\1/g, '$2')
    .replace(/<[^>]+>/g, '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

export function answersOf(body: string): { question: string; text: string }[] {
  const withoutComments = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  return [...withoutComments.matchAll(ANSWER)].map((m) => ({ question: m[1]!, text: plainText(m[2]!) }));
}
