// The pipelines' build settings from the address a host serves the site at (scripts/ci/pages-url.mjs).
import { describe, expect, it } from 'vitest';
import { pagesSettings as settings } from '../../scripts/ci/pages-url.mjs';

describe('pagesSettings', () => {
  it.each([
    ['https://kommune.github.io/vidensbank/', 'https://kommune.github.io', '/vidensbank/'],
    ['https://kommune.github.io/vidensbank', 'https://kommune.github.io', '/vidensbank/'],
    ['https://kommune.gitlab.io/vidensbank/mr-12', 'https://kommune.gitlab.io', '/vidensbank/mr-12/'],
    ['https://vidensbank.kommune.dk', 'https://vidensbank.kommune.dk', '/'],
    ['https://www.kommune.dk/vidensbank/', 'https://www.kommune.dk', '/vidensbank/'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080', '/'],
  ])('%s → SITE_URL %s, BASE_PATH %s', (address, site, base) => {
    expect(settings(address)).toEqual({ SITE_URL: site, BASE_PATH: base });
  });

  it.each(['', 'vidensbank', 'ftp://kommune.dk/', 'javascript:alert(1)'])('refuses "%s"', (address) => {
    expect(() => settings(address)).toThrow();
  });
});
