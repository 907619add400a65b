// /admin/fonts/<file>.woff2: the web editor's fonts, from their npm packages (@fontsource), not a CDN.
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { adminFonts } from '../../../editor/web-editor/admin-page';

export const getStaticPaths = (() =>
  adminFonts().map((f) => ({ params: { file: f.file.replace(/\.woff2$/, '') }, props: { source: f.source } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(readFileSync((props as { source: string }).source)), { headers: { 'Content-Type': 'font/woff2' } });
