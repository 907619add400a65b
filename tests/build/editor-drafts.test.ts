// Drafts (`draft: true`): shown in `npm run dev` with the "Kladde" marker, and absent from every
// file of the production build: pages, municipality pages, listings, sitemap, search index.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, PROJECT_ROOT, type BuildResult } from '../helpers/fixture-site';
import { filesUnder } from '../helpers/dist';
import { PORTS } from '../helpers/ports';

const MARK = 'Zebrafinke';
const DRAFTS = {
  'content/guide/kladde-zebrafinke.mdx': `---
title: ${MARK}rnes guide
summary: En kladde om ${MARK.toLowerCase()}r.
kind: vejledning
order: 9
municipalities: [kolding]
sources: [testkilde]
draft: true
factsAsOf: 2026-01-01
---

## ${MARK}r

Teksten om ${MARK.toLowerCase()}r er ikke klar.
`,
  'content/indsatser/aalborg/kladde-zebrafinke.yaml': `title: ${MARK}-indsatsen
municipality: aalborg
themes: [indkoeb]
description: En indsats, der ikke er klar (${MARK}).
source: interviews/aalborg-2018
draft: true
factsAsOf: 2026-01-01
`,
  'content/interviews/kolding-2026-01.mdx': `---
title: ${MARK} i Kolding
summary: Et interview, der ikke er klart (${MARK}).
municipality: kolding
date: 2026-01-01
interviewee:
  name: ${MARK} Testesen
  role: konsulent
  organisation: Kolding Kommune
sources: [testkilde]
draft: true
factsAsOf: 2026-01-01
---

<Answer question="strategi">

${MARK}svar.

</Answer>
`,
};
const DRAFT_PAGES = ['guide/kladde-zebrafinke/', 'indsatser/aalborg/kladde-zebrafinke/', 'interviews/kolding-2026-01/', 'kommuner/kolding/'];

/** Every built file's text, search-index files unpacked (they are gzipped). */
function builtTexts(dist: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of filesUnder(dist)) {
    const bytes = readFileSync(path.join(dist, file));
    const unpacked = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    texts.set(file, unpacked.toString('utf8'));
  }
  return texts;
}

describe('drafts', () => {
  let result: BuildResult;
  let dist = '';
  beforeAll(() => {
    result = buildFixture('editor-drafts', DRAFTS);
    dist = path.join(result.root, 'dist');
  });

  it('build in production', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('have no page, and no municipality page of their own', () => {
    for (const page of DRAFT_PAGES) expect(existsSync(path.join(dist, page, 'index.html')), page).toBe(false);
    expect(existsSync(path.join(dist, 'guide/en-indgang/index.html'))).toBe(true);
  });

  it('appear in no built file: no listing, sitemap, feed or search index', () => {
    const texts = builtTexts(dist);
    const leaks = [...texts].filter(([, text]) => text.toLowerCase().includes(MARK.toLowerCase())).map(([file]) => file);
    expect(leaks).toEqual([]);
    // The scan sees what it should: published pages are in the sitemap and the unpacked search index.
    const sitemap = [...texts]
      .filter(([f]) => /^sitemap.*\.xml$/.test(f))
      .map(([, t]) => t)
      .join('\n');
    if (existsSync(path.join(dist, 'sitemap-index.xml'))) expect(sitemap).toContain('/guide/en-indgang/');
    const index = [...texts]
      .filter(([f]) => f.startsWith('pagefind/fragment/'))
      .map(([, t]) => t)
      .join('\n');
    expect(index).toContain('/guide/en-indgang/');
    for (const page of DRAFT_PAGES) expect(sitemap + index).not.toContain(`/${page}`);
  });

  describe('in npm run dev', () => {
    let server: ReturnType<typeof spawn> | undefined;
    afterAll(() => {
      if (server?.pid) server.kill('SIGTERM');
    });

    it('are shown with the "Kladde" marker, and a new data file shows on its municipality page when saved', { timeout: 120_000 }, async () => {
      const port = PORTS.devServer;
      server = spawn(
        process.execPath,
        [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', result.root, '--port', String(port), '--host', '127.0.0.1'],
        {
          cwd: result.root,
          // Without vitest's variables: with VITEST set, Astro's dev server serves no pages, and NODE_ENV=test hides drafts.
          env: {
            ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'TEST')),
            NODE_ENV: 'development',
            ASTRO_TELEMETRY_DISABLED: '1',
            NO_COLOR: '1',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let log = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${log}`)), 90_000);
        const onData = (chunk: Buffer) => {
          log += chunk.toString();
          if (/localhost|127\.0\.0\.1/.test(log) && /ready|Local/i.test(log)) {
            clearTimeout(timer);
            resolve();
          }
        };
        server!.stdout!.on('data', onData);
        server!.stderr!.on('data', onData);
        server!.on('exit', () => reject(new Error(`dev server exited:\n${log}`)));
      });
      const get = async (page: string) => {
        const res = await fetch(`http://127.0.0.1:${port}/${page}`);
        return { status: res.status, html: await res.text() };
      };
      for (const page of ['guide/kladde-zebrafinke/', 'interviews/kolding-2026-01/', 'indsatser/aalborg/kladde-zebrafinke/']) {
        const { status, html } = await get(page);
        expect(status, `${page}\n${log}`).toBe(200);
        expect(html, page).toContain(MARK);
        expect(html, page).toMatch(/<strong>Kladde<\/strong>/);
      }

      // Live preview: a new initiative file appears on its municipality's page once saved.
      const title = 'Ny indsats gemt under forhåndsvisning';
      expect((await get('kommuner/aalborg/')).html).not.toContain(title);
      writeFileSync(
        path.join(result.root, 'content/indsatser/aalborg/live-forhaandsvisning.yaml'),
        `title: ${title}\nmunicipality: aalborg\nthemes: [en-indgang]\ndescription: Tilføjet, mens udviklingsserveren kørte.\nsource: interviews/aalborg-2018\nfactsAsOf: 2018-09-01\n`,
      );
      // The dev server logs nothing when it picks up the file: wait for the page to show it.
      await expect.poll(async () => (await get('kommuner/aalborg/')).html, { message: log, timeout: 60_000 }).toContain(title);
    });
  });
});
