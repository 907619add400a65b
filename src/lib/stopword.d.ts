// The `stopword` package ships no types; only its Danish list is used (src/lib/search-page-data.ts).
declare module 'stopword' {
  export const dan: string[];
}
