// The components editors may use in MDX without importing them (see the editor's guide).
import Answer from './author/Answer.astro';

export const mdxComponents = { Answer };
