// Site settings an owner configures at build time (src/site.config.ts): the accessibility
// statement link, the contact e-mail, "Ret denne side" and the canonical origin. Two builds of the
// fixture, one with every setting given and one with none, each made once and shared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, type BuildResult } from '../helpers/fixture-site';

const STATEMENT = 'https://www.was.digst.dk/vidensbank-example-dk';
const EDIT = 'https://git.example.dk/vidensbank/-/edit/main/';
const CONFIGURED = {
  ACCESSIBILITY_STATEMENT_URL: STATEMENT,
  CONTACT_EMAIL: 'tilgaengelighed@example.dk',
  EDIT_BASE_URL: EDIT,
  SITE_URL: 'https://vidensbank.kommune.dk',
};
const UNCONFIGURED = { ACCESSIBILITY_STATEMENT_URL: '', CONTACT_EMAIL: '', EDIT_BASE_URL: '', SITE_URL: '' };

/** A build made on first use: a test run filtered to one test builds only what it reads. */
function buildOnce(name: string, env: Record<string, string>): () => BuildResult {
  let result: BuildResult | undefined;
  return () => {
    result ??= buildFixture(name, {}, env);
    expect(result.status, result.output).toBe(0);
    return result;
  };
}
const configured = buildOnce('site-configured', CONFIGURED);
const unconfigured = buildOnce('site-unconfigured', UNCONFIGURED);
const page = (build: BuildResult, file: string) => readFileSync(path.join(build.root, 'dist', file), 'utf8');

describe('the accessibility statement link', () => {
  it('is in every footer when ACCESSIBILITY_STATEMENT_URL is set', () => {
    for (const file of ['index.html', 'guide/en-indgang/index.html', 'tilgaengelighed/index.html']) {
      expect(page(configured(), file)).toContain(`<a href="${STATEMENT}" rel="noopener">Tilgængelighedserklæring</a>`);
    }
  });

  it('is left out, not dead, when it is not configured', () => {
    expect(page(unconfigured(), 'index.html')).not.toContain('Tilgængelighedserklæring</a>');
  });
});

describe('the contact for reporting a problem', () => {
  it('is a ready-made e-mail on /tilgaengelighed/ when CONTACT_EMAIL is set', () => {
    expect(page(configured(), 'tilgaengelighed/index.html')).toMatch(
      /<a href="mailto:tilgaengelighed@example\.dk\?subject=[^"]+">tilgaengelighed@example\.dk<\/a>/,
    );
  });
});

describe('"Ret denne side"', () => {
  it('links each content page to its source file when EDIT_BASE_URL is set, and is absent otherwise', () => {
    expect(page(configured(), 'guide/en-indgang/index.html')).toContain(
      `<a href="${EDIT}content/guide/en-indgang.mdx" rel="noopener">Ret denne side (content/guide/en-indgang.mdx)</a>`,
    );
    expect(page(configured(), 'indsatser/aalborg/startup-cafeer/index.html')).toContain(`${EDIT}content/indsatser/aalborg/startup-cafeer.yaml`);
    expect(page(configured(), 'guide/index.html')).not.toContain('Ret denne side');
    expect(page(unconfigured(), 'guide/en-indgang/index.html')).not.toContain('Ret denne side');
  });
});

describe('the canonical origin (SITE_URL, src/site.config.ts)', () => {
  const warning = 'Sitets adresse er stadig pladsholderen';
  it('is used by canonical links, robots.txt and the open data, and the build does not warn when it is set', () => {
    expect(configured().output).not.toContain(warning);
    expect(page(configured(), 'guide/en-indgang/index.html')).toContain('<link rel="canonical" href="https://vidensbank.kommune.dk/guide/en-indgang/">');
    expect(page(configured(), 'robots.txt')).toContain('Sitemap: https://vidensbank.kommune.dk/sitemap-index.xml');
    expect(page(configured(), 'data/indsatser.json')).toContain('"url": "https://vidensbank.kommune.dk/indsatser/aalborg/startup-cafeer/"');
  });

  it('makes the build warn while it is still the placeholder', () => {
    expect(unconfigured().output).toContain(warning);
  });
});
