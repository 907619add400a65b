// Files editors can place in public/ are checked by content, not by name: real picture types by
// their first bytes, an SVG only as a plain drawing, no HTML or scripts, a size budget. Each bad
// file gives one Danish error naming it, through the same content check as `npm run tjek`.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check';
import { checkPublicFiles, PUBLIC_FILE_TYPES, sniffType } from '../../src/model/public-files';
import { makeSite, PROJECT_ROOT, TODAY } from './editor-fixture';
import { OTHER_ROUTES } from '../../src/opendata/routes';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32)]);
const svg = (body: string, extra = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${extra}>${body}</svg>`;

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function publicWith(files: Record<string, string | Buffer>): { root: string; publicDir: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'vidensbank-public-'));
  roots.push(root);
  const publicDir = path.join(root, 'public');
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(publicDir, file)), { recursive: true });
    writeFileSync(path.join(publicDir, file), content);
  }
  return { root, publicDir };
}

const problemsFor = (file: string, content: string | Buffer) => {
  const { root, publicDir } = publicWith({ [file]: content });
  return checkPublicFiles(publicDir, root);
};

describe('files in public/ are checked by content', () => {
  it('accepts real pictures, a plain SVG and a PDF, and the real public/ folder', () => {
    const { root, publicDir } = publicWith({
      'billeder/kort.png': PNG,
      'billeder/foto.jpg': JPEG,
      'billeder/tegning.svg': `<?xml version="1.0"?>\n<!-- tegnet i Inkscape -->\n${svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="4" height="4"/><use href="#g"/>')}`,
      'dokumenter/strategi.pdf': '%PDF-1.7\n%…',
    });
    expect(checkPublicFiles(publicDir, root)).toEqual([]);
    expect(checkPublicFiles(path.join(PROJECT_ROOT, 'public'), PROJECT_ROOT)).toEqual([]);
  });

  it.each<[string, string | Buffer, RegExp]>([
    ['side.html', '<!doctype html><p onclick="x">hej</p>', /ikke en type.*HTML-sider/],
    ['billeder/side.png', '<!doctype html><script>alert(1)</script>', /ikke en type/],
    ['billeder/foto.png', JPEG, /hedder \.png, men indholdet er et JPEG-billede/],
    ['billeder/kort', PNG, /hedder \(ingen endelse\)/],
    ['app.js', 'alert(1)', /scripts/],
    ['billeder/x.svg', svg('<script>alert(1)</script>'), /SVG-tegningen.*<script>/],
    ['billeder/x.svg', svg('<rect ONLOAD="x"/>'), /SVG-tegningen.*onload/i],
    ['billeder/x.svg', svg('<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">x</p></foreignObject>'), /foreignObject/],
    ['billeder/x.svg', svg('<image href="https://evil.example/x.png"/>'), /SVG-tegningen.*evil\.example/],
    ['billeder/x.svg', svg('<image xlink:href="/billeder/andet.png"/>'), /SVG-tegningen.*andet\.png/],
    ['billeder/x.svg', svg('<style>rect{fill:url(https://evil.example/p)}</style>'), /SVG-tegningen.*url/],
    ['billeder/x.svg', svg('<a href="&#106;avascript:alert(1)"><text>x</text></a>'), /SVG-tegningen/],
    ['billeder/x.svg', `<!DOCTYPE svg [<!ENTITY e "x">]>${svg('<text>x</text>')}`, /ENTITY/],
    ['billeder/x.svg', '<svg><rect></svg>', /kan ikke læses som en SVG/],
    ['billeder/x.svg', `<?xml-stylesheet href="/billeder/x.css"?>${svg('<rect/>')}`, /xml-stylesheet/],
    ['billeder/x.svg', svg('<html:iframe xmlns:html="http://www.w3.org/1999/xhtml"/>'), /iframe/],
    ['billeder/stor.png', Buffer.concat([PNG, Buffer.alloc(PUBLIC_FILE_TYPES.png.maxBytes)]), /fylder 2\.0 MB; et PNG-billede må højst fylde 2\.0 MB/],
  ])('%s is refused with a Danish error naming the file', (file, content, message) => {
    const problems = problemsFor(file, content);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(`public/${file}`);
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.hint).toBeTruthy();
  });

  it('refuses a symbolic link, which would publish whatever it points to', () => {
    const { root, publicDir } = publicWith({});
    mkdirSync(path.join(publicDir, 'billeder'), { recursive: true });
    symlinkSync('/etc/passwd', path.join(publicDir, 'billeder/kort.png'));
    expect(checkPublicFiles(publicDir, root).map((p) => [p.file, p.message])).toEqual([
      ['public/billeder/kort.png', 'Filen er en genvej (et symbolsk link) til en anden fil, ikke selve filen.'],
    ]);
  });

  it('knows each type by its first bytes, whatever the name', () => {
    expect(sniffType(PNG)).toBe('png');
    expect(sniffType(JPEG)).toBe('jpeg');
    expect(sniffType(Buffer.from('GIF89a……'))).toBe('gif');
    expect(sniffType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffType(Buffer.from('\0\0\0\x1cftypavif\0\0'))).toBe('avif');
    expect(sniffType(Buffer.from('<html><svg xmlns="http://www.w3.org/2000/svg"/></html>'))).toBeUndefined();
  });

  it("matches the editor's guide: each type's extensions and size budget", () => {
    const guide = readFileSync(path.join(PROJECT_ROOT, 'docs/redaktoer-guide.md'), 'utf8');
    const section = guide.slice(guide.indexOf('## Billeder og filer i public/'));
    const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    for (const [type, spec] of Object.entries(PUBLIC_FILE_TYPES)) {
      for (const ext of spec.extensions) {
        const row = rows.find((r) => r.includes(`\`${ext}\``));
        expect(row, `${type} ${ext}`).toBeDefined();
        expect(row, `${type} ${ext}`).toContain(`| ${String(spec.maxBytes / 1e6).replace('.', ',')} MB |`);
      }
    }
  });

  it('is part of the content check: `npm run tjek` and the build report it', () => {
    const root = makeSite({ 'public/billeder/x.svg': svg('<script>alert(1)</script>') });
    roots.push(root);
    const result = checkContent(root, {
      srcDir: path.join(PROJECT_ROOT, 'src'),
      otherRoutes: OTHER_ROUTES,
      publicDir: path.join(root, 'public'),
      today: TODAY,
    });
    expect(result.errors.filter((p) => p.code === 'public-svg').map((p) => p.file)).toEqual(['public/billeder/x.svg']);
  });
});
