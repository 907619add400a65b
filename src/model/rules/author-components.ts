// The components editors may use in MDX (src/components/author/, registered in
// src/components/mdx.ts), with the props each takes. Props are plain text; the values are
// checked further by the content rules (e.g. an <Answer> question must exist).
export interface AuthorComponent {
  props: Readonly<Record<string, { required: boolean; hint: string }>>;
  /** A correct use, for hints. */
  example: string;
  /** The collections whose pages may use it (all when left out), with how an editor names them. */
  onlyIn?: { collections: readonly string[]; label: string };
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
    // Answers are checked against the questions, and compared across interviews, only in interviews.
    onlyIn: { collections: ['interviews'], label: 'interviews (content/interviews/)' },
  },
};
