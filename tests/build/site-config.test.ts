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
