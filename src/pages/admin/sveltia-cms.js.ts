// /admin/sveltia-cms.js: Sveltia CMS from the npm package (@sveltia/cms), served by the site itself.
import type { APIRoute } from 'astro';
import { sveltiaBundle } from '../../editor/web-editor/admin-page';

export const GET: APIRoute = () => new Response(sveltiaBundle(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
