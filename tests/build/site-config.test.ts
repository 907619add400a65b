// Site settings an owner configures at build time: the accessibility statement link.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/fixture-site';

const STATEMENT = 'https://www.was.digst.dk/vidensbank-example-dk';

describe('the accessibility statement link', () => {
  it('is in every footer when ACCESSIBILITY_STATEMENT_URL is set', () => {
    const result = buildFixture('statement-url', {}, { ACCESSIBILITY_STATEMENT_URL: STATEMENT });
    expect(result.status).toBe(0);
    for (const page of ['index.html', 'guide/en-indgang/index.html', 'tilgaengelighed/index.html']) {
      const html = readFileSync(path.join(result.root, 'dist', page), 'utf8');
      expect(html).toContain(`<a href="${STATEMENT}" rel="noopener">Tilgængelighedserklæring</a>`);
    }
  });

  it('is left out, not dead, when it is not configured', () => {
    const result = buildFixture('statement-none', {}, { ACCESSIBILITY_STATEMENT_URL: '' });
    expect(result.status).toBe(0);
    const html = readFileSync(path.join(result.root, 'dist', 'index.html'), 'utf8');
    expect(html).not.toContain('Tilgængelighedserklæring</a>');
  });
});

describe('the contact for reporting a problem', () => {
  it('is a ready-made e-mail on /tilgaengelighed/ when CONTACT_EMAIL is set', () => {
    const result = buildFixture('contact-email', {}, { CONTACT_EMAIL: 'tilgaengelighed@example.dk' });
    expect(result.status).toBe(0);
    const html = readFileSync(path.join(result.root, 'dist/tilgaengelighed/index.html'), 'utf8');
    expect(html).toMatch(/<a href="mailto:tilgaengelighed@example\.dk\?subject=[^"]+">tilgaengelighed@example\.dk<\/a>/);
  });
});

describe('"Ret denne side"', () => {
  it('links each content page to its source file when EDIT_BASE_URL is set, and is absent otherwise', () => {
    const edit = 'https://git.example.dk/vidensbank/-/edit/main/';
    const withLink = buildFixture('edit-link', {}, { EDIT_BASE_URL: edit });
    expect(withLink.status).toBe(0);
    const guide = readFileSync(path.join(withLink.root, 'dist/guide/en-indgang/index.html'), 'utf8');
    expect(guide).toContain(`<a href="${edit}content/guide/en-indgang.mdx" rel="noopener">Ret denne side (content/guide/en-indgang.mdx)</a>`);
    const initiative = readFileSync(path.join(withLink.root, 'dist/indsatser/aalborg/startup-cafeer/index.html'), 'utf8');
    expect(initiative).toContain(`${edit}content/indsatser/aalborg/startup-cafeer.yaml`);
    const overview = readFileSync(path.join(withLink.root, 'dist/guide/index.html'), 'utf8');
    expect(overview).not.toContain('Ret denne side');
    const without = buildFixture('edit-link-none', {}, { EDIT_BASE_URL: '' });
    expect(readFileSync(path.join(without.root, 'dist/guide/en-indgang/index.html'), 'utf8')).not.toContain('Ret denne side');
  });
});

describe('the canonical origin (SITE_URL, src/site.config.ts)', () => {
  const warning = 'Sitets adresse er stadig pladsholderen';
  it('is used by canonical links, robots.txt and the open data, and the build does not warn when it is set', () => {
    const result = buildFixture('site-url', {}, { SITE_URL: 'https://vidensbank.kommune.dk' });
    expect(result.status).toBe(0);
    expect(result.output).not.toContain(warning);
    const dist = path.join(result.root, 'dist');
    expect(readFileSync(path.join(dist, 'guide/en-indgang/index.html'), 'utf8')).toContain(
      '<link rel="canonical" href="https://vidensbank.kommune.dk/guide/en-indgang/">',
    );
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://vidensbank.kommune.dk/sitemap-index.xml');
    expect(readFileSync(path.join(dist, 'data/indsatser.json'), 'utf8')).toContain('"url": "https://vidensbank.kommune.dk/indsatser/aalborg/startup-cafeer/"');
  });

  it('makes the build warn while it is still the placeholder', () => {
    const result = buildFixture('site-url-placeholder', {}, { SITE_URL: '' });
    expect(result.status).toBe(0);
    expect(result.output).toContain(warning);
  });
});
