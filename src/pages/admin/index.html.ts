// /admin/: the web editor (Sveltia CMS). Written as a file, not an Astro page, so it carries none of
// the reader pages' layout, search markup or CSP meta tag; its own CSP comes with the hosting headers.
import type { APIRoute } from 'astro';
import { adminPage } from '../../editor/web-editor/admin-page';

export const GET: APIRoute = () => new Response(adminPage(), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
