// The hosting examples (nginx, Netlify/Cloudflare _headers and _redirects) must send the same
// headers the browser tests are run with (deploy/security-headers.json), the same caching rules
// (deploy/cache-control.json), and the same /was redirect. tests/browser/nginx.spec.ts runs nginx.conf for real.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const headers = JSON.parse(readFileSync('deploy/security-headers.json', 'utf8')) as Record<string, string>;
const admin = JSON.parse(readFileSync('deploy/admin-headers.json', 'utf8')) as { path: string; headers: Record<string, string> };
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

/** What nginx.conf sends for a header at a path: a literal add_header, or a `map $uri` (first matching regex, else its default). */
function nginxHeader(name: string, uri: string): string | undefined {
  const line = new RegExp(`add_header ${name} ("[^"]*"|\\$\\w+) always;`).exec(nginx);
  if (!line) return undefined;
  if (line[1]!.startsWith('"')) return line[1]!.slice(1, -1);
  const map = new RegExp(`map \\$uri \\${line[1]!} \\{([^}]*)\\}`).exec(nginx);
  const rows = [...(map?.[1] ?? '').matchAll(/^\s*(\S+)\s+"([^"]*)";/gm)].map((m) => [m[1]!, m[2]!] as const);
  return (rows.find(([key]) => key.startsWith('~') && new RegExp(key.slice(1)).test(uri)) ?? rows.find(([key]) => key === 'default'))?.[1];
}

describe.each(Object.entries(headers))('%s', (name, value) => {
  it('is in the nginx example', () => expect(nginxHeader(name, '/kommuner/aalborg/')).toBe(value));
  it('is in the _headers example', () => expect(netlify).toContain(`  ${name}: ${value}\n`));
  it(`is sent under ${admin.path} too, unless the web editor has its own`, () => expect(nginxHeader(name, admin.path)).toBe(admin.headers[name] ?? value));
});

describe.each(Object.entries(admin.headers))(`the web editor's %s`, (name, value) => {
  const rule = headerRules(netlify).get(`${admin.path}*`) ?? [];
  it('is in the nginx example, for the web editor only', () => {
    expect(nginxHeader(name, `${admin.path}config.yml`)).toBe(value);
    expect(nginxHeader(name, '/')).toBe(headers[name] ?? '');
  });
  it("is in the _headers example, replacing the site's", () => {
    expect(rule).toContain(`${name}: ${value}`);
    if (headers[name]) expect(rule.indexOf(`! ${name}`)).toBe(rule.indexOf(`${name}: ${value}`) - 1);
  });
});

describe("the web editor's Content-Security-Policy", () => {
  const csp = admin.headers['Content-Security-Policy']!;
  const directive = (name: string) => csp.split(/;\s*/).find((d) => d.startsWith(`${name} `)) ?? '';
  it("runs only the site's own scripts, never eval or inline scripts", () => {
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });
  it('reaches other sites only for the git hosts it saves to', () => {
    const origins = csp.match(/https?:\/\/[^\s;]+/g) ?? [];
    expect(origins.length).toBeGreaterThan(0);
    for (const origin of origins) expect(directive('connect-src')).toContain(origin);
    expect(origins.sort()).toEqual(['https://api.github.com', 'https://gitlab.com']);
  });
  it("keeps the site's frame-ancestors, object-src and base-uri", () => {
    for (const name of ['frame-ancestors', 'object-src', 'base-uri'])
      expect(directive(name)).toBe(headers['Content-Security-Policy']!.split(/;\s*/).find((d) => d.startsWith(`${name} `)));
  });
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
