// The components editors may use in MDX (src/components/author/, registered in
// src/components/mdx.ts), with the props each takes. Props are plain text; the values are
// checked further by the content rules (e.g. an <Answer> question must exist).
export interface AuthorComponent {
  props: Readonly<Record<string, { required: boolean; hint: string }>>;
  /** A correct use, for hints. */
  example: string;
}

export const AUTHOR_COMPONENTS: Readonly<Record<string, AuthorComponent>> = {
  Answer: {
    props: {
      question: {
        required: true,
        hint: 'Skriv spørgsmålets id fra content/data/spoergsmaal.yaml, fx <Answer question="strategi">.',
      },
    },
    example: '<Answer question="strategi">',
  },
};
