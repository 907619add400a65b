// /robots.txt: everything may be indexed but the web editor; the sitemap is named with the canonical origin.
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/absolute-url';
import { WEB_EDITOR_FOLDER } from '../lib/web-editor-path';

export const GET: APIRoute = ({ site }) => {
  const editor = new URL(absoluteUrl(site)(`${WEB_EDITOR_FOLDER}/`)).pathname;
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${editor}\n\nSitemap: ${absoluteUrl(site)('sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
