// /nyt/feed.xml: the Atom feed of "Hvad er nyt".
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content';
import { newestPages } from '../../lib/recent';
import { atomFeed } from '../../lib/feed';
import { absoluteUrl } from '../../lib/absolute-url';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(newestPages(await getSite()), absoluteUrl(site)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
