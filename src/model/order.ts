// How a collection's entries are listed, as the registry states it per row (`order`): the site's
// lists (getSite() in src/lib/content.ts) and the relations (src/model/relations.ts) sort with the
// same comparator, so a list of initiatives is in the same order wherever it appears. Built from
// small keys so a row reads as what it means: `by(text('title'))`, `by(rank('kind', …), num('order'))`.

/** What a comparator sees of an entry: its id and its data (a PlainEntry or an Astro entry). */
export interface Ordered {
  id: string;
  data: unknown;
}
export type EntryOrder = (a: Ordered, b: Ordered) => number;
type Key = EntryOrder;

const collator = new Intl.Collator('da');
const field = (e: Ordered, name: string): unknown => (e.data as Record<string, unknown> | undefined)?.[name];
const textOf = (e: Ordered, name: string): string => {
  const value = field(e, name);
  return typeof value === 'string' ? value : '';
};

/** A text field, in Danish alphabetical order (Aa as Å). */
export const text =
  (name: string): Key =>
  (a, b) =>
    collator.compare(textOf(a, name), textOf(b, name));

/** A number field, smallest first; an entry without it after the others (`missing`). */
export const num =
  (name: string, missing = Number.MAX_SAFE_INTEGER): Key =>
  (a, b) =>
    Number(field(a, name) ?? missing) - Number(field(b, name) ?? missing);

/** A date field, newest first. */
export const newest = (name: string): Key => {
  const time = (e: Ordered) => (field(e, name) as Date | undefined)?.getTime() ?? Number.NaN;
  return (a, b) => time(b) - time(a) || 0;
};

/** A field with fixed choices, in the order of `choices` (a schema's enum keys). */
export const rank = (name: string, choices: readonly string[]): Key => {
  const position = (e: Ordered) => choices.indexOf(String(field(e, name)));
  return (a, b) => position(a) - position(b);
};

/** The id, in code-point order (a tie-break that never depends on the file system). */
export const id: Key = (a, b) => a.id.localeCompare(b.id);

/** The keys in turn: the first that tells two entries apart decides. */
export const by =
  (...keys: readonly Key[]): EntryOrder =>
  (a, b) => {
    for (const key of keys) {
      const d = key(a, b);
      if (d) return d;
    }
    return 0;
  };
