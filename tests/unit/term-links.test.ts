// The term-link plugin (src/markdown/terms.ts) through Sätteri, as the build runs it: the first
// mention of each glossary term on a page links to /ordliste/#id, with the base path; never in
// links, headings, code or <abbr>; whole words; abbreviations only as written.
import { describe, expect, it } from 'vitest';
import { markdownToHtml as compile, mdxToJs, type HastPluginList } from 'satteri';
import { compileGlossary, termLinks } from '../../src/markdown/terms';
import { links } from '../../src/markdown/links';
import { rootOf } from '../../src/markdown/glossary';

const glossary = compileGlossary([
  { id: 'soev', term: 'Socialøkonomisk virksomhed', abbreviation: 'SØV', aliases: ['socialøkonomiske virksomheder'] },
  { id: 'rsv', term: 'RSV' },
  { id: 'anden-aktoer', term: 'Anden aktør', aliases: ['andenaktører'] },
  { id: 'fleksjob', term: 'Fleksjob' },
]);

/** Sätteri's result is a promise only when a plugin is async; ours are not. */
const markdownToHtml = (md: string, options: { hastPlugins: HastPluginList }) => compile(md, options) as { html: string };
const render = (md: string, base = '/') => markdownToHtml(md, { hastPlugins: [links(base), termLinks(base, () => glossary)] }).html;
const termLinksIn = (html: string) => [...html.matchAll(/<a href="([^"]*)" class="term"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);

describe('term links', () => {
  it.each([
    ['the first mention only', 'SØV og SØV.\n\nIgen SØV.', [['/ordliste/#soev', 'SØV']]],
    [
      'every term once, in one text',
      'En SØV er ikke en andenaktører-virksomhed, og RSV er noget tredje.',
      [
        ['/ordliste/#soev', 'SØV'],
        ['/ordliste/#anden-aktoer', 'andenaktører'],
        ['/ordliste/#rsv', 'RSV'],
      ],
    ],
    ['a form in any case, across a line break', 'Mange Socialøkonomiske\nvirksomheder.', [['/ordliste/#soev', 'Socialøkonomiske\nvirksomheder']]],
    ['a multi-word term with its capital', 'Anden aktør er et begreb.', [['/ordliste/#anden-aktoer', 'Anden aktør']]],
    ['whole words only', 'Fleksjobordningen og RSVP og SØVN.', []],
    ['abbreviations only as written', 'rsv og Søv.', []],
    ['before a hyphen', 'RSV-ordningen.', [['/ordliste/#rsv', 'RSV']]],
    ['not in links: the next mention is linked', '[SØV](/guide/x/) og så SØV.', [['/ordliste/#soev', 'SØV']]],
    ['not in headings', '## Om SØV\n\nTekst.', []],
    ['not in code', 'Se `RSV` og\n\n```\nRSV\n```', []],
    ['not in <abbr>', '<abbr title="x">RSV</abbr> her.', []],
    ['after a closed <abbr>', '<abbr title="x">CSR</abbr> og RSV.', [['/ordliste/#rsv', 'RSV']]],
  ])('%s', (_, md, expected) => expect(termLinksIn(render(md))).toEqual(expected));

  it('keeps the text around the link and names the term in the title', () => {
    expect(render('Hvad er en SØV?')).toBe(
      '<p>Hvad er en <a href="/ordliste/#soev" class="term" title="Ordliste: Socialøkonomisk virksomhed (SØV)">SØV</a>?</p>\n',
    );
  });

  it('links a later mention when the first was in a heading or link', () => {
    const html = render('# Om fleksjob\n\n[fleksjob](/guide/x/) og fleksjob.');
    expect(html).toContain('<a href="/guide/x/">fleksjob</a> og <a href="/ordliste/#fleksjob" class="term"');
  });

  it('applies the base path', () => {
    expect(termLinksIn(render('En SØV.', '/vidensbank/'))).toEqual([['/vidensbank/ordliste/#soev', 'SØV']]);
    expect(termLinksIn(render('En SØV.', '/vidensbank'))).toEqual([['/vidensbank/ordliste/#soev', 'SØV']]);
  });

  it('starts afresh on every page', () => {
    const plugins = [termLinks('/', () => glossary)];
    for (let i = 0; i < 2; i++) expect(termLinksIn(markdownToHtml('En SØV.', { hastPlugins: plugins }).html)).toHaveLength(1);
  });

  it('links in MDX too, inside components', () => {
    const { code } = mdxToJs('<Answer question="x">\n\nEn SØV.\n\n</Answer>', { hastPlugins: [termLinks('/', () => glossary)] }) as { code: string };
    expect(code).toContain('/ordliste/#soev');
  });

  it('does not link inside <abbr> or <a> written in MDX', () => {
    const { code } = mdxToJs('<abbr title="x">RSV</abbr> og <a href="/x/">SØV</a>.', { hastPlugins: [termLinks('/', () => glossary)] }) as { code: string };
    expect(code).not.toContain('/ordliste/');
  });

  it('does nothing with an empty glossary', () => {
    expect(markdownToHtml('En SØV.', { hastPlugins: [termLinks('/', () => compileGlossary([]))] }).html).toBe('<p>En SØV.</p>\n');
  });

  it('finds the site root from a content file', () => {
    expect(rootOf(new URL('file:///srv/site/content/guide/x.mdx'))).toBe('/srv/site');
    expect(rootOf(undefined)).toBe(process.cwd());
  });
});
