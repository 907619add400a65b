// The constructs of issue 16 as pieces of a page body, hostile in some spelling or harmless (the
// last ones, from HARMLESS_FROM): the property test (tests/unit/hostile-content.property.test.ts)
// combines them at random; the fixture build (tests/build/hostile-content.test.ts) builds a sample.
/** The constructs, as pieces of a page body. Each is hostile in some spelling, or harmless. */
export const HOSTILE: readonly string[] = [
  // Remote images, every way Markdown and HTML write them.
  '![Kort](https://evil.example/x.png)',
  '![Kort][r]\n\n[r]: https://evil.example/x.png',
  '![Kort][]\n\n[Kort]: //evil.example/x.png',
  '![Kort]\n\n[kort]: HTTPS://evil.example/x.png "titel"',
  '<img src="https://evil.example/x.png" alt="x">',
  '<img src=//evil.example/x.png alt=x>',
  '<img alt="x" srcset="https://evil.example/x.png 2x" src="/favicon.svg">',
  // Event handlers in any spelling.
  '<span onclick="alert(1)">x</span>',
  '<b/onclick=alert(1)>x</b>',
  '<B ONCLICK="alert(1)">x</B>',
  '<span title="a" title="b" onmouseover=alert(1)>x</span>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)></svg>',
  '<abbr title="x" onMouseOver="alert(1)">SØV</abbr>',
  '<details open ontoggle=alert(1)><summary>x</summary></details>',
  // javascript: URLs hidden by entities, case and whitespace.
  '[Klik](javascript:alert(1))',
  '[Klik](JaVaScRiPt:alert(1))',
  '[Klik](&#106;avascript:alert(1))',
  '[Klik](<java script:alert(1)>)',
  '[Klik][j]\n\n[j]: javascript:alert(1)',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="java&Tab;script:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  // Comments with odd endings, and what follows them.
  '<!-- note --!> <img src=x onerror=alert(1)>',
  '<!--> <span onclick=alert(1)>x</span>',
  '<!---> <script>alert(1)</script>',
  '<!-- a -- > <b onclick=x>y</b> -->',
  // Elements that load or run things.
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<iframe src="https://evil.example/"></iframe>',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<form action="https://evil.example/"><button>Send</button></form>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<style>body{background:url(https://evil.example/x.png)}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  // MDX code.
  '{process.env.HOME}',
  '{/* en kommentar */}',
  'import x from "/etc/passwd?raw"',
  'export const hjem = process.env.HOME',
  '<abbr title={process.env.HOME}>SØV</abbr>',
  '<abbr {...props}>SØV</abbr>',
  '<Kort kommune="aalborg" />',
  // Harmless content, so valid pages are generated too.
  'Almindelig tekst med **fed** og *kursiv*.',
  '[Aalborg Kommune](/kommuner/aalborg/)',
  '[Rådet](https://socialokonomi.dk/)',
  '<abbr title="Registreret socialøkonomisk virksomhed">RSV</abbr>',
  '## En overskrift',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  'Tekst med note[^1].\n\n[^1]: Noten.',
  '<details>\n<summary>Mere</summary>\n\nIndhold.\n\n</details>',
];

/** Index of the first harmless piece. */
export const HARMLESS_FROM = HOSTILE.indexOf('Almindelig tekst med **fed** og *kursiv*.');
