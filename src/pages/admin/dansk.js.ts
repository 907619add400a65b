// /admin/dansk.js: the web editor's Danish interface strings, without a CDN (see localeScript).
import type { APIRoute } from 'astro';
import { localeScript } from '../../editor/web-editor/admin-page';

export const GET: APIRoute = () => new Response(localeScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
