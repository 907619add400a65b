// The hosting examples (nginx, Netlify/Cloudflare _headers) must send the same headers the
// browser tests are run with (deploy/security-headers.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const headers = JSON.parse(readFileSync('deploy/security-headers.json', 'utf8')) as Record<string, string>;
const nginx = readFileSync('deploy/nginx.conf', 'utf8');
const netlify = readFileSync('deploy/_headers', 'utf8');

describe.each(Object.entries(headers))('%s', (name, value) => {
  it('is in the nginx example', () => expect(nginx).toContain(`add_header ${name} "${value}" always;`));
  it('is in the _headers example', () => expect(netlify).toContain(`  ${name}: ${value}\n`));
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
