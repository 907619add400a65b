// The catalogue's section for page text (src/model/mdx.ts, rules/mdx-safety.ts, rules/urls.ts,
// pages.ts): MDX syntax, code and components, HTML, URLs, links and images.
import { entry } from './define';

/** What the MDX parser's error means, as recognised from its message by src/model/mdx.ts (it has no error codes). */
export type MdxSyntax =
  | { kind: 'unclosed-tag'; tag: string }
  | { kind: 'wrong-closing-tag'; closing: string; open: string }
  | { kind: 'autolink' }
  | { kind: 'lone-angle-bracket' }
  | { kind: 'unclosed-brace' }
  | { kind: 'unreadable-expression' }
  | { kind: 'end-of-file' }
  | { kind: 'other' };

function mdxSyntax(p: MdxSyntax): string {
  switch (p.kind) {
    case 'unclosed-tag':
      return `Tagget <${p.tag}> bliver ikke lukket. Skriv </${p.tag}> efter indholdet.`;
    case 'wrong-closing-tag':
      return `Lukketagget </${p.closing}> passer ikke til <${p.open}>, som er åbnet før.`;
    case 'autolink':
      return 'En adresse i <…> er ikke tilladt i MDX. Skriv links som [tekst](https://…).';
    case 'lone-angle-bracket':
      return 'Tegnet < skal efterfølges af et tagnavn, fx <Answer>. Vil du skrive tegnet som tekst, så skriv \\<.';
    case 'unclosed-brace':
      return 'En { bliver ikke lukket med }. I MDX betyder { … } kode; vil du skrive tegnet som tekst, så skriv \\{.';
    case 'unreadable-expression':
      return 'Teksten i { … } kan ikke læses. I MDX betyder { … } kode; vil du skrive tegnet som tekst, så skriv \\{.';
    case 'end-of-file':
      return 'Filen slutter midt i et tag eller et udtryk.';
    case 'other':
      // The parser's own (English) words are in the hint, as its technical message.
      return 'Teksten kan ikke læses som MDX.';
  }
}

/** Advice for an HTML element that content may not hold (what to write instead). */
const ELEMENT_ADVICE: Readonly<Record<string, string>> = {
  script: 'Scripts kan ikke bruges i indhold. Skriv teksten i Markdown.',
  style: 'Udseendet styres af sitet. Brug Markdown: **fed**, *kursiv*, ## Overskrift.',
  iframe: 'Indlejrede sider (fx video eller kort fra andre sites) er ikke tilladt. Skriv et link i stedet: [Se videoen](https://…).',
  frame: 'Indlejrede sider er ikke tilladt. Skriv et link i stedet: [tekst](https://…).',
  object: 'Indlejret indhold er ikke tilladt. Skriv et link i stedet: [tekst](https://…).',
  embed: 'Indlejret indhold er ikke tilladt. Skriv et link i stedet: [tekst](https://…).',
  meta: 'Sidens metadata styres af sitet og felterne i frontmatter. Slet tagget.',
  link: 'Skriv links i Markdown: [tekst](https://…) eller [tekst](/mappe/id/).',
  base: 'Slet tagget; links skrives som [tekst](/mappe/id/).',
  form: 'Formularer kan ikke bruges i indhold. Skriv et link til formularen: [Tilmeld dig](https://…).',
  input: 'Formularfelter kan ikke bruges i indhold. Skriv et link til formularen i stedet.',
  button: 'Knapper kan ikke bruges i indhold. Skriv et link i stedet: [tekst](https://…).',
  h1: 'Sidens titel er den eneste overskrift på niveau 1. Skriv ## Overskrift.',
  font: 'Udseendet styres af sitet. Brug Markdown: **fed** eller *kursiv*.',
  center: 'Udseendet styres af sitet. Slet tagget.',
};

const ESCAPE_HINT = 'Vil du vise tegnet { som tekst, så skriv \\{ (og \\} for }). En kommentar, der ikke vises, skrives {/* … */}.';

const URL_HINT =
  'Skriv en netadresse, der starter med https:// (eller http://), en e-mail som mailto:navn@kommune.dk, et telefonnummer som tel:+4512345678, eller en side på sitet som /kommuner/aalborg/.';

const IMAGE_IN_PUBLIC = 'Læg billedet i public/billeder/ og skriv ![beskrivelse](/billeder/navn.png).';

const list = (names: readonly string[]) => names.map((c) => `<${c}>`).join(', ');

export const PAGE_TEXT = {
  'mdx-syntax': entry<{ syntax: MdxSyntax; detail: string }>({
    title: 'Fejl i sidens tekst',
    message: ({ syntax }) => `MDX-syntaksfejl: ${mdxSyntax(syntax)}`,
    hint: ({ detail }) =>
      `Tegnene < og { har særlig betydning i MDX: skriv \\< eller \\{ for at vise dem som tekst, og luk hvert tag, fx <Answer question="id"> … </Answer>. (Teknisk besked: ${detail})`,
  }),
  'mdx-expression': entry<
    | { kind: 'in-text' }
    | { kind: 'spread-on-element'; element: string }
    | { kind: 'attribute-on-element'; name: string }
    | { kind: 'on-component'; spread: boolean; example: string }
  >({
    title: 'Kode i sidens tekst',
    message: (p) => {
      switch (p.kind) {
        case 'in-text':
          return 'Kode i { … } er ikke tilladt i indhold: den ville køre, når sitet bygges.';
        case 'spread-on-element':
          return `Kode i { … } er ikke tilladt i tagget <${p.element}>.`;
        case 'attribute-on-element':
          return `Kode i { … } er ikke tilladt som værdi af ${p.name}.`;
        case 'on-component':
          return 'Kode i { … } er ikke tilladt som værdi.';
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'in-text':
          return ESCAPE_HINT;
        case 'spread-on-element':
          return 'Skriv kun attributter på formen navn="tekst".';
        case 'attribute-on-element':
          return `Skriv værdien som tekst i anførselstegn: ${p.name}="…".`;
        case 'on-component':
          return p.spread ? `Skriv hver egenskab som navn="tekst", fx ${p.example}.` : `Skriv værdien som tekst i anførselstegn, fx ${p.example}.`;
      }
    },
  }),
  'mdx-esm': entry<{ isImport: boolean; components: readonly string[] }>({
    title: 'import eller export i sidens tekst',
    message: ({ isImport }) => `${isImport ? 'import' : 'export'} er ikke tilladt i indhold: det er kode, som ville køre, når sitet bygges.`,
    hint: ({ isImport, components }) =>
      `Slet linjen. Komponenterne ${list(components)} kan bruges uden import; billeder skrives ![beskrivelse](/billeder/navn.png). Skal linjen stå som tekst, så omformulér den, så den ikke starter med ${isImport ? 'import' : 'export'}.`,
  }),
  'mdx-component': entry<{ name: string; near?: string | undefined; components: readonly string[] }>({
    title: 'Ukendt komponent',
    message: ({ name }) => `Komponenten <${name}> findes ikke.`,
    hint: ({ near, components }) => `${near ? `Mente du <${near}>? ` : ''}Komponenter, der kan bruges i MDX: ${list(components)}.`,
  }),
  /** `propHint` is the component's own hint for the prop (src/model/rules/author-components.ts). */
  'mdx-component-prop': entry<
    | { kind: 'unknown'; component: string; prop: string; near?: string | undefined; example: string }
    | { kind: 'empty'; component: string; prop: string; propHint: string }
    | { kind: 'missing'; component: string; prop: string; propHint: string }
  >({
    title: 'Forkert egenskab på en komponent',
    message: (p) =>
      p.kind === 'unknown'
        ? `<${p.component}> har ingen egenskab, der hedder ${p.prop}.`
        : p.kind === 'empty'
          ? `Egenskaben ${p.prop} på <${p.component}> er tom.`
          : `<${p.component}> mangler egenskaben ${p.prop}.`,
    hint: (p) => (p.kind === 'unknown' ? `${p.near ? `Mente du ${p.near}? ` : ''}Skriv fx ${p.example}.` : p.propHint),
  }),
  'mdx-component-place': entry<{ name: string; label: string }>({
    title: 'Komponenten står et forkert sted',
    message: ({ name, label }) => `<${name}> kan kun bruges i ${label}.`,
    hint: 'Skriv teksten som almindelige afsnit med en overskrift (## …), eller flyt den til et interview.',
  }),
  'html-element': entry<{ kind: 'not-allowed'; tag: string; element: string } | { kind: 'fragment' } | { kind: 'unreadable' }>({
    title: 'HTML, der ikke er tilladt',
    message: (p) =>
      p.kind === 'not-allowed'
        ? `HTML-tagget <${p.tag}> er ikke tilladt i indhold.`
        : p.kind === 'fragment'
          ? 'Tomme tags <> … </> er ikke tilladt.'
          : 'HTML, der ikke kunne læses.',
    hint: (p) => {
      if (p.kind === 'fragment') return 'Slet <> og </>, og skriv teksten direkte.';
      if (p.kind === 'unreadable') return 'Skriv teksten i Markdown.';
      const advice = ELEMENT_ADVICE[p.element];
      return `${advice ? `${advice} ` : ''}Tilladt HTML er fx <abbr title="…">, <br>, <sub>, <sup>, <details>/<summary> og tabeller; se redaktørguiden.`;
    },
  }),
  'html-attribute': entry<{ name: string; element: string; allowed: readonly string[]; styling: boolean }>({
    title: 'HTML-egenskab, der ikke er tilladt',
    message: ({ name, element }) => `Attributten ${name} er ikke tilladt på <${element}>.`,
    hint: ({ element, allowed, styling }) => `Slet attributten. Tilladt på <${element}>: ${allowed.join(', ')}.${styling ? ' Udseendet styres af sitet.' : ''}`,
  }),
  'html-event-handler': entry<{ name: string; element: string }>({
    title: 'Script i en HTML-egenskab',
    message: ({ name }) => `Attributten ${name} kører kode i læserens browser og er ikke tilladt.`,
    hint: ({ name, element }) => `Slet ${name}="…" fra tagget <${element}>.`,
  }),
  'html-site-path': entry<{ element: string; path: string }>({
    title: 'Sti på sitet i rå HTML',
    message: ({ element }) => `En sti på sitet i HTML-tagget <${element}> virker ikke, når sitet ligger i en undermappe (fx /vidensbank/).`,
    hint: ({ element, path }) => (element === 'img' ? `Skriv billedet i Markdown: ![beskrivelse](${path}).` : `Skriv linket i Markdown: [tekst](${path}).`),
  }),
  'unsafe-url': entry<
    | { kind: 'scheme'; scheme: string }
    | { kind: 'no-scheme' }
    | { kind: 'attribute'; name: string; element: string }
    /** A schema's `format: url` refusal: `said` is the schema's own message, or the site's phrase. */
    | { kind: 'schema'; said: string; fieldHint?: string | undefined }
  >({
    title: 'Adresse, der ikke er tilladt',
    message: (p) => {
      switch (p.kind) {
        case 'scheme':
          return `Adresser, der starter med "${p.scheme}", er ikke tilladt: de kan køre kode eller skjule indhold i læserens browser.`;
        case 'no-scheme':
          return 'Adressen mangler https: foran //. Sådan en adresse kan føre læseren til et andet site end det, du mener.';
        case 'attribute':
          return `Adressen i ${p.name} på <${p.element}> er ikke tilladt.`;
        case 'schema':
          return `Værdien ${p.said}.`;
      }
    },
    hint: (p) =>
      p.kind === 'attribute'
        ? 'Skriv en netadresse, der starter med https://, eller en side på sitet som /kommuner/aalborg/.'
        : p.kind === 'schema'
          ? p.fieldHint
          : URL_HINT,
  }),
  'local-path': entry({
    title: 'Sti på computeren',
    message: 'Adressen peger på en fil på din egen computer. Den findes ikke på sitet.',
    hint: 'Læg filen i mappen public/ (billeder i public/billeder/) og skriv stien fra sitets forside, fx ![Kort over kommunen](/billeder/kort.png) eller [Rapporten](/filer/rapport.pdf).',
  }),
  'broken-link': entry<{ kind: 'relative' } | { kind: 'trailing-slash'; path: string }>({
    title: 'Link til en side, der ikke findes',
    message: (p) => (p.kind === 'relative' ? 'Interne links skal starte med /, så de virker fra alle sider.' : 'Linket mangler / til sidst.'),
    hint: (p) =>
      p.kind === 'relative'
        ? 'Skriv hele stien fra sitets forside, fx [Aalborg Kommune](/kommuner/aalborg/).'
        : `Skriv /${p.path}/ – alle sider på sitet slutter med /.`,
  }),
  'draft-link': entry<{ path: string }>({
    title: 'Link til en kladde',
    message: ({ path }) => `Siden /${path} er en kladde (draft: true) og kommer ikke med på det færdige site.`,
    hint: 'Udgiv siden først (draft: false), eller fjern linket.',
  }),
  'unknown-page': entry<{ path: string; suggestions: readonly string[] }>({
    title: 'Link til en side, der ikke findes',
    message: ({ path }) => `Siden /${path} findes ikke på sitet.`,
    hint: ({ suggestions }) =>
      `Mente du ${suggestions.map((s) => `"${s}"`).join(' eller ')}? Links skrives som [tekst](/mappe/id/), fx /kommuner/aalborg/ eller /guide/en-indgang/.`,
  }),
  'missing-fragment': entry<{ page?: string | undefined; id: string; near: readonly string[] }>({
    title: 'Link til et afsnit, der ikke findes',
    message: ({ page, id }) =>
      `${page === undefined ? 'Siden' : `Siden /${page}`} har intet afsnit med id'et "${id}", så linket fører ikke til et bestemt sted.`,
    hint: ({ near }) =>
      `${near.length ? `Afsnit på siden: ${near.join(', ')}. ` : ''}Et afsnits id er overskriften med små bogstaver og bindestreger, fx ## Hvem gør hvad → #hvem-gør-hvad.`,
  }),
  'route-collision': entry<{ page: string; file: string; id: string; ext: string }>({
    title: 'Siden får adressen på en fast side',
    message: ({ page, file }) => `Siden får adressen /${page}, men den adresse har sitet allerede til en fast side (src/pages/${file}).`,
    hint: ({ id, ext }) => `Giv filen et andet navn (filnavnet er sidens adresse), fx ${id}-artikel${ext}.`,
  }),
  'image-missing': entry<{ file: string }>({
    title: 'Billedet findes ikke',
    message: ({ file }) => `Billedet /${file} findes ikke i mappen public/.`,
    hint: 'Læg billedfilen i public/ (fx public/billeder/kort.png), og skriv stien uden "public", fx ![beskrivelse](/billeder/kort.png). Tjek stavning og store/små bogstaver.',
  }),
  'image-relative': entry({
    title: 'Billedet er angivet relativt',
    message: 'Billedets sti skal starte med /, så den virker fra alle sider.',
    hint: IMAGE_IN_PUBLIC,
  }),
  'image-external': entry({
    title: 'Billede fra et andet site',
    message: 'Billeder skal ligge på sitet selv. Billeder fra andre sites vises ikke (og ville fortælle det andet site, hvem der læser siden).',
    hint: 'Hent billedet (hvis du må bruge det), læg det i public/billeder/, og skriv ![beskrivelse](/billeder/navn.png).',
  }),
  'image-alt': entry<{ jsx: boolean }>({
    title: 'Billedet mangler alt-tekst',
    message: 'Billedet mangler en alternativ tekst (alt-tekst).',
    hint: ({ jsx }) =>
      jsx
        ? 'Tilføj alt="kort beskrivelse af billedet" i <img>-tagget.'
        : 'Skriv en kort beskrivelse af billedet mellem de firkantede parenteser, fx ![Kort over Danmarks kommuner](/billede.png). Blinde og svagtseende får teksten læst op.',
  }),
};
