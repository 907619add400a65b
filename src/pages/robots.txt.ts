// /robots.txt: everything may be indexed; the sitemap is named with the canonical origin.
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/absolute-url';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site)('sitemap-index.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
