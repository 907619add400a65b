// The hosting examples (nginx, Netlify/Cloudflare _headers and _redirects) must send the same
// headers the browser tests are run with (deploy/security-headers.json), the same caching rules
// (deploy/cache-control.json), and the same /was redirect. tests/browser/nginx.spec.ts runs nginx.conf for real.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const headers = JSON.parse(readFileSync('deploy/security-headers.json', 'utf8')) as Record<string, string>;
const cache = JSON.parse(readFileSync('deploy/cache-control.json', 'utf8')) as Record<string, string> & { 'content-hashed prefixes': string[] };
const nginx = readFileSync('deploy/nginx.conf', 'utf8');
const netlify = readFileSync('deploy/_headers', 'utf8');
const redirects = readFileSync('deploy/_redirects', 'utf8');

/** The _headers file as rules: path pattern → header lines. */
function headerRules(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.set(line.trim(), (current = []));
    else current.push(line.trim());
  }
  return rules;
}

describe.each(Object.entries(headers))('%s', (name, value) => {
  it('is in the nginx example', () => expect(nginx).toContain(`add_header ${name} "${value}" always;`));
  it('is in the _headers example', () => expect(netlify).toContain(`  ${name}: ${value}\n`));
});

describe('nginx', () => {
  it('sets headers only at server level (a location with add_header would drop the others)', () => {
    const locations = nginx.split('\n').filter((l) => /^\s*location\b/.test(l));
    expect(locations.length).toBeGreaterThan(0);
    for (const l of locations) expect(l).not.toContain('add_header');
    expect(nginx).not.toMatch(/location[^{]*\{[^}]*add_header/s);
  });
  it('revalidates pages and sw.js, and caches content-hashed files for a year', () => {
    expect(nginx).toContain(`add_header Cache-Control $vidensbank_cache_control always;`);
    expect(nginx).toMatch(new RegExp(`default\\s+"${cache['pages and other files']}";`));
    const immutable = nginx
      .split('\n')
      .filter((l) => l.includes(`"${cache['content-hashed files']}"`))
      .join('\n');
    for (const prefix of cache['content-hashed prefixes']) {
      const [top, sub] = prefix.slice(1, -1).split('/');
      expect(immutable, prefix).toMatch(sub ? new RegExp(`\\^/${top}/\\([^)]*\\b${sub}\\b`) : new RegExp(`\\^/${top}/`));
    }
  });
});

describe('_headers', () => {
  const rules = headerRules(netlify);
  it('revalidates pages and sw.js', () => expect(rules.get('/*')).toContain(`Cache-Control: ${cache['pages and other files']}`));
  it.each(cache['content-hashed prefixes'])('caches %s for a year, replacing the default', (prefix) =>
    expect(rules.get(`${prefix}*`)).toEqual(['! Cache-Control', `Cache-Control: ${cache['content-hashed files']}`]),
  );
});

describe('the /was redirect to the accessibility statement', () => {
  const target = /return 302 (\S+);/.exec(nginx.split('\n').find((l) => l.includes('/was'))!)![1]!;
  it('is in nginx.conf', () => expect(target).toMatch(/^https:\/\/www\.was\.digst\.dk\//));
  it('is in _redirects with the same address', () => {
    expect(redirects).toContain(`/was ${target} 302\n`);
    expect(redirects).toContain(`/was/ ${target} 302\n`);
  });
});

describe('the Content-Security-Policy', () => {
  const csp = headers['Content-Security-Policy']!;
  it.each([["script-src 'self' 'wasm-unsafe-eval'"], ["frame-ancestors 'none'"], ["worker-src 'self'"], ["img-src 'self' data:"]])('has %s', (directive) =>
    expect(csp).toContain(directive),
  );
  it("never allows 'unsafe-inline' or other origins", () => {
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
  });
});
