// The published-output check's Danish report names, for each finding, the page and where it came
// from: a file in public/, the content file holding the offending value (also when another page,
// such as the answers comparison, shows it), the file the page is built from, or the site's code.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DistFinding } from '../../src/integrations/published/check-dist';
import { publishedReport } from '../../src/integrations/published/report';

const root = mkdtempSync(path.join(os.tmpdir(), 'vidensbank-report-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
write('content/interviews/aalborg-2018-09.mdx', '---\ntitle: x\n---\n<Answer question="strategi">\n<img src="https://evil.example/x.png" />\n</Answer>\n');
write('content/guide/en-indgang.mdx', '---\ntitle: x\n---\nTekst.\n');
write('public/billeder/kort.svg', '<svg/>');

const report = (findings: DistFinding[]) =>
  publishedReport(findings, {
    root,
    base: '/',
    publicDir: path.join(root, 'public'),
    pageFiles: new Map([['/guide/en-indgang/', 'content/guide/en-indgang.mdx']]),
  });

describe('published-output report', () => {
  it('names the content file that holds the value, even on a page built from many files', () => {
    const text = report([
      {
        file: 'interviews/spoergsmaal/strategi/index.html',
        code: 'foreign-resource',
        line: 40,
        what: '<img src="https://evil.example/x.png">',
        value: 'https://evil.example/x.png',
      },
    ]);
    expect(text).toContain('Det færdige site indeholder noget, der ikke må udgives: 1 fund i 1 fil.');
    expect(text).toContain('/interviews/spoergsmaal/strategi/ (dist/interviews/spoergsmaal/strategi/index.html)');
    expect(text).toContain('  linje 40: <img src="https://evil.example/x.png">\n    Det er en fil, der hentes fra en anden server');
    expect(text).toContain('    Kommer fra: content/interviews/aalborg-2018-09.mdx');
    expect(text).not.toContain('giv en udvikler');
  });

  it('falls back to the file the page is built from, then to the site code', () => {
    const text = report([
      { file: 'guide/en-indgang/index.html', code: 'event-handler', line: 3, what: '<p onclick="x">', value: 'x' },
      { file: 'soeg/index.html', code: 'script', line: 9, what: '<script>alert(1)</script>', value: 'alert(1)' },
      { file: 'billeder/kort.svg', code: 'script', line: 1, what: '<script>', value: undefined },
    ]);
    expect(text).toContain('3 fund i 3 filer');
    expect(text).toContain('Kommer fra: content/guide/en-indgang.mdx (siden bygges af den fil)');
    expect(text).toContain('Kommer fra: sitets kode (src/), ikke fra indholdet');
    expect(text).toContain('Ret filen, eller fjern den fra public/.\n    Kommer fra: filen public/billeder/kort.svg');
    expect(text).toContain('giv en udvikler denne besked');
  });
});
