// The published-output policy on hand-made hostile HTML, SVG and XML (table-driven), and a
// property test: generated event handlers, dangerous URLs and other-origin resources, spelled
// the many ways a browser still reads them (case, separators, quotes, entities, whitespace and
// control characters), are always found; generated safe markup never is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FindingCode, PolicyContext } from '../../src/model/policy/element-policy';
import { checkHtmlDocument } from '../../src/model/policy/html-policy';
import { checkXmlDocument } from '../../src/model/policy/xml-policy';
import { cssUrls } from '../../src/model/policy/css-urls';
import { srcsetUrls } from '../../src/model/policy/url-policy';

const ctx: PolicyContext = {
  site: { origin: 'https://vidensbank.example.dk', base: '/' },
  pagePath: '/guide/side/',
  ownScript: (p) => p.startsWith('/_astro/'),
};
const codes = (html: string) => checkHtmlDocument(html, ctx).map((f) => f.code);
const svgCodes = (svg: string) => checkXmlDocument(svg, ctx, 'image/svg+xml').map((f) => f.code);

const HTML_CASES: [string, FindingCode[]][] = [
  ['<img src=x ONERROR=alert(1)>', ['event-handler']],
  ['<img/src="x"/onerror="a">', ['event-handler']],
  ['<img src="x" onerror="a" onerror="b">', ['event-handler']],
  ['<!--x--!><img src=x onerror=a>', ['event-handler']],
  // A browser reads `-- >` as comment text: the image is inside the comment, inert.
  ['<!-- a -- ><img src=x onerror=a> -->', []],
  ['<noscript><img src=x onerror=a></noscript>', ['event-handler']],
  ['<template><img src=x onerror=a></template>', ['event-handler']],
  ['<svg><g onload="a"></g></svg>', ['event-handler']],
  ['<math><mi onclick="a">x</mi></math>', ['event-handler']],
  ['<a href="&#x6A;avascript:alert(1)">x</a>', ['unsafe-url']],
  ['<a href=" java\tscript:alert(1)">x</a>', ['unsafe-url']],
  ['<a href="java&Tab;script&colon;alert(1)">x</a>', ['unsafe-url']],
  ['<a href="VBScript:msgbox(1)">x</a>', ['unsafe-url']],
  ['<a href="data:text/html,<script>alert(1)</script>">x</a>', ['unsafe-url']],
  ['<form action="javascript:alert(1)"></form>', ['unsafe-url']],
  ['<button formaction="javascript:x">x</button>', ['unsafe-url']],
  ['<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', ['unsafe-url']],
  ['<svg><a><animate attributeName="href" values="https://x.dk/;javascript:alert(1)"/></a></svg>', ['foreign-resource', 'unsafe-url']],
  ['<video poster="javascript:x"></video>', ['unsafe-url']],
  ['<svg><use href="data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+#x"/></svg>', ['unsafe-url']],
  ['<link rel="stylesheet" href="data:text/css,p{}">', ['unsafe-url']],
  ['<math href="javascript:alert(1)"><mi>x</mi></math>', ['unsafe-url']],
  ['<img src="https://vidensbank.example.dk@evil.example/x.png" alt="">', ['foreign-resource']],
  ['<a href="/" ping="https://evil.example/track">x</a>', ['foreign-resource']],
  ['<img src="//evil.example/x.png" alt="">', ['foreign-resource']],
  ['<img src="/\\evil.example/x.png" alt="">', ['foreign-resource']],
  // The URL parser reads a same-scheme URL without slashes as a path on this site.
  ['<img src="https:evil.example/x.png" alt="">', []],
  ['<img srcset="a.png 1x, https://evil.example/b.png 2x" alt="">', ['foreign-resource']],
  ['<picture><source srcset="https://evil.example/b.webp"></picture>', ['foreign-resource']],
  ['<div style="background:u\\72l(https://evil.example/x)"></div>', ['foreign-resource']],
  ['<style>@import "https://evil.example/x.css";</style>', ['foreign-resource']],
  ['<style>p{background:url( /* c */ "//evil.example/x.png")}</style>', ['foreign-resource']],
  ['<link rel="stylesheet" href="https://evil.example/x.css">', ['foreign-resource']],
  ['<link rel="Alternate StyleSheet" href="https://evil.example/x.css">', ['foreign-resource']],
  ['<link rel="icon" href="https://evil.example/x.ico">', ['foreign-resource']],
  ['<link rel="preconnect" href="https://evil.example">', ['foreign-resource']],
  ['<svg><use href="https://evil.example/s.svg#a"/></svg>', ['foreign-resource']],
  ['<svg><image xlink:href="https://evil.example/x.png"/></svg>', ['foreign-resource']],
  ['<meta http-equiv=" Refresh " content="0;url=https://x">', ['forbidden-element']],
  ['<base href="https://x/">', ['forbidden-element']],
  ['<object data="/x.swf"></object>', ['forbidden-element']],
  ['<embed src="/x.swf">', ['forbidden-element']],
  ['<iframe src="/x/"></iframe>', ['forbidden-element']],
  ['<iframe srcdoc="<b>x</b>"></iframe>', ['forbidden-element', 'forbidden-element']],
  ['<svg><foreignObject><div>x</div></foreignObject></svg>', ['forbidden-element']],
  ['<form action="https://evil.example/"></form>', ['form-target']],
  ['<form action="//evil.example/"></form>', ['form-target']],
  ['<script>alert(1)</script>', ['script']],
  ['<SCRIPT type="text/javascript">alert(1)</SCRIPT>', ['script']],
  ['<script type="module" src="https://evil.example/x.js"></script>', ['script']],
  ['<script src="/pagefind/x.js"></script>', ['script']],
  ['<script src="data:text/javascript,alert(1)"></script>', ['script']],
  ['<script type="importmap">{}</script>', ['script']],
  ['<svg><script>alert(1)</script></svg>', ['script']],
  // What the site does ship: none of these is a finding.
  ['<script type="module" src="/_astro/BaseLayout.js"></script>', []],
  ['<script type="application/ld+json">{"@context":"https://schema.org"}</script>', []],
  ['<meta http-equiv="content-security-policy" content="default-src \'self\'">', []],
  ['<link rel="canonical" href="https://vidensbank.example.dk/guide/side/">', []],
  ['<link rel="alternate" type="application/atom+xml" href="https://vidensbank.example.dk/nyt/feed.xml">', []],
  ['<link rel="stylesheet" href="/_astro/x.css"><link rel="icon" href="/favicon.svg">', []],
  ['<a href="https://www.retsinformation.dk/eli/lta/2014/711" rel="noopener">x</a>', []],
  ['<a href="mailto:a@b.dk">a</a> <a href="tel:+4512345678">t</a> <a href="#noter">n</a> <a href="../">op</a>', []],
  ['<img src="data:image/png;base64,AAAA" alt=""> <img src="/billeder/kort.png" srcset="/billeder/kort@2x.png 2x" alt="">', []],
  ['<form action="/soeg/" method="get"><button type="submit">Søg</button></form>', []],
  ['<svg viewBox="0 0 10 10"><use href="#a"/><path d="M0 0"/><image href="data:image/png;base64,AAAA"/></svg>', []],
  ['<p title="javascript: en introduktion">tekst om onclick</p>', []],
];

describe('published-output policy: hand-made hostile HTML', () => {
  it.each(HTML_CASES)('%s', (html, expected) => {
    expect(codes(`<!doctype html><html><head></head><body>${html}</body></html>`)).toEqual(expected);
  });

  it('gives the line of the finding', () => {
    expect(checkHtmlDocument('<!doctype html>\n<p>\n<img src=x\n onerror=a>', ctx)[0]).toMatchObject({ code: 'event-handler', line: 3, value: 'a' });
  });
});

describe('published-output policy: SVG and XML files', () => {
  const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${body}</svg>`;
  it.each<[string, FindingCode[]]>([
    [svg('<script>alert(1)</script>'), ['script']],
    [svg('<script><![CDATA[alert(1)]]></script>'), ['script']],
    [svg('<g ONLOAD="a"/>'), ['event-handler']],
    [svg('<g xmlns:x="http://www.w3.org/2000/svg" x:onload="a"/>'), ['event-handler']],
    [svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), ['forbidden-element']],
    [svg('<image href="https://evil.example/x.png"/>'), ['foreign-resource']],
    [svg('<a xlink:href="&#106;avascript:alert(1)"><text>x</text></a>'), ['unsafe-url']],
    [svg('<style>rect{fill:url(https://evil.example/p.svg#p)}</style>'), ['foreign-resource']],
    [svg('<set attributeName="xlink:href" to="javascript:alert(1)"/>'), ['unsafe-url']],
    [svg('<rect><set attributeName="onmouseover" to="alert(1)"/></rect>'), ['event-handler']],
    [`<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?>${svg('')}`, ['foreign-resource']],
    [svg('<rect'), ['unreadable']],
    [svg('<circle r="4"/><use href="#c"/>'), []],
  ])('%s', (file, expected) => {
    expect(svgCodes(file)).toEqual(expected);
  });

  it('reads an Atom text construct of type="html" as the HTML a feed reader renders', () => {
    const feed = (type: string) =>
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="${type}">&lt;img src=x onerror=alert(1)&gt; &amp; mere</title></feed>`;
    expect(checkXmlDocument(feed('html'), ctx).map((f) => f.code)).toEqual(['event-handler']);
    expect(checkXmlDocument(feed('text'), ctx)).toEqual([]);
  });
});

describe('CSS and srcset URLs', () => {
  it('finds every url(), src(), image-set() and @import, escapes and comments undone', () => {
    expect(cssUrls('a{b:url(x.png)} c{d:URL( "y.png" )} @import \'z.css\'; e{f:u\\000072l(w.png)} /* url(no.png) */ g{h:image-set("i.png" 1x)}')).toEqual([
      'x.png',
      'y.png',
      'w.png',
      'i.png',
      'z.css',
    ]);
  });
  it('splits srcset as the HTML standard does', () => {
    expect(srcsetUrls(' a.png 1x,b.png 2x , data:image/png;base64,AA 3x')).toEqual(['a.png', 'b.png', 'data:image/png;base64,AA']);
  });
});

// ---- property test ---------------------------------------------------------------------------

/** A character as a browser may receive it: itself, or a decimal/hex character reference. */
const encodedChar = (c: string) =>
  fc.constantFrom(
    c,
    `&#${c.codePointAt(0)};`,
    `&#x${c.codePointAt(0)!.toString(16)};`,
    `&#X${c.codePointAt(0)!.toString(16).toUpperCase()};`,
    `&#000${c.codePointAt(0)};`,
  );
const randomCase = (word: string) =>
  fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((up) => [...word].map((ch, i) => (up[i] ? ch.toUpperCase() : ch)).join(''));
/** What the URL parser drops: tabs and newlines anywhere in the scheme. */
const noise = fc.constantFrom('', '', '\t', '\n', '\r', '&Tab;', '&NewLine;', '&#9;', '&#x0A;');
/** What the URL parser strips before a URL: spaces and C0 controls. */
const lead = fc.constantFrom('', ' ', '\u0001', '\u001f', '  \t', '&#32;', '&#x1;');

const dangerousUrl = fc
  .tuple(fc.constantFrom('javascript', 'vbscript', 'data'), fc.constantFrom('alert(1)', 'text/html,<script>alert(1)</script>', 'msgbox(1)'))
  .chain(([scheme, rest]) =>
    fc
      .tuple(lead, randomCase(scheme), fc.array(noise, { minLength: scheme.length, maxLength: scheme.length }), encodedChar(':'))
      .chain(([l, cased, gaps, colon]) =>
        fc.tuple(...[...cased].map(encodedChar)).map((chars) => `${l}${chars.map((ch, i) => ch + gaps[i]).join('')}${colon}${rest}`),
      ),
  );

const separator = fc.constantFrom(' ', '/', '\n', '\t', ' / ');
const quoted = (value: string) => fc.constantFrom(`"${value.replaceAll('"', '&quot;')}"`, `'${value.replaceAll("'", '&#39;')}'`);
const attribute = (name: fc.Arbitrary<string>, value: fc.Arbitrary<string>) =>
  fc.tuple(separator, name, value).chain(([sep, n, v]) => quoted(v).map((q) => `${sep}${n}=${q}`));

/** An element with a hostile attribute among harmless ones. */
const withAttribute = (tagName: string, hostile: fc.Arbitrary<string>) =>
  fc
    .tuple(
      randomCase(tagName),
      fc.array(attribute(fc.constantFrom('class', 'title', 'id', 'lang'), fc.string({ unit: fc.constantFrom(...'abcæøå '), maxLength: 8 })), { maxLength: 2 }),
      hostile,
    )
    .chain(([t, harmless, bad]) => fc.shuffledSubarray([...harmless, bad], { minLength: harmless.length + 1 }).map((attrs) => `<${t}${attrs.join('')}>`));

const eventHandler = fc
  .tuple(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 12 }), fc.string({ maxLength: 12 }))
  .chain(([event, code]) => attribute(randomCase(`on${event}`), fc.constant(code)));

const URL_PLACES: [string, string][] = [
  ['a', 'href'],
  ['area', 'href'],
  ['img', 'src'],
  ['form', 'action'],
  ['button', 'formaction'],
  ['video', 'poster'],
  ['blockquote', 'cite'],
  ['link rel="stylesheet"', 'href'],
];
const foreignOrigin = fc
  .tuple(fc.constantFrom('https://', 'http://', '//', '/\\', '\\\\', 'HTTPS://', ' https:// '.trim()), fc.domain())
  .filter(([, d]) => d !== 'vidensbank.example.dk')
  .map(([scheme, d]) => `${scheme}${d}/x.png`);
const RESOURCE_PLACES: [string, string][] = [
  ['img', 'src'],
  ['img', 'srcset'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['source', 'srcset'],
  ['input type="image"', 'src'],
];

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body><p>${body}</p></body></html>`;

describe('published-output policy: generated hostile markup (fast-check)', () => {
  it('finds every event handler, whatever its spelling and place', () => {
    const markup = fc.constantFrom('img', 'a', 'div', 'details', 'input', 'svg', 'body', 'select').chain((t) => withAttribute(t, eventHandler));
    fc.assert(
      fc.property(markup, (m) => {
        expect(codes(page(m))).toContain('event-handler');
      }),
      { numRuns: 400 },
    );
  });

  it('finds every javascript:, vbscript: and data: URL in a URL attribute, however encoded', () => {
    fc.assert(
      fc.property(fc.constantFrom(...URL_PLACES), dangerousUrl, ([tagName, attr], url) => {
        const found = codes(page(`<${tagName} ${attr}="${url.replaceAll('"', '&quot;')}">`));
        expect(found.some((c) => c === 'unsafe-url' || c === 'script')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('finds every resource from another origin', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RESOURCE_PLACES), foreignOrigin, ([tagName, attr], url) => {
        expect(codes(page(`<${tagName} ${attr}="${url}">`))).toEqual(['foreign-resource']);
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing in generated safe markup (the check does not flag everything)', () => {
    const safeUrl = fc.oneof(
      fc.stringMatching(/^\/[a-z0-9-]{1,10}\/$/),
      fc.stringMatching(/^#[a-z-]{1,8}$/),
      fc.webUrl({ validSchemes: ['https'] }),
      fc.emailAddress().map((e) => `mailto:${e}`),
    );
    fc.assert(
      fc.property(safeUrl, fc.stringMatching(/^[a-zæøå ]{1,20}$/), (url, text) => {
        const markup = `<a href="${url.replaceAll('"', '&quot;').replaceAll('&', '&amp;')}" title="${text}" rel="noopener">${text}</a> <img src="/billeder/x.png" alt="${text}">`;
        expect(codes(page(markup))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
