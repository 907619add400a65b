// Prints the build settings for a site served at a given address, one `NAME=value` a line:
//   node scripts/ci/pages-url.mjs https://eksempel.gitlab.io/vidensbank/mr-12
//   SITE_URL=https://eksempel.gitlab.io
//   BASE_PATH=/vidensbank/mr-12/
// GitHub Pages serves a project under /<repo>/ and GitLab Pages under /<project>/ (and a merge
// request's preview under a further prefix), so the pipelines take both from the address the host
// reports (actions/configure-pages' base_url, GitLab's CI_PAGES_URL) instead of repeating it.
// Plain JavaScript with no dependencies: it runs on any Node, before or after `npm install`.
export function pagesSettings(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`Not an absolute URL: "${address}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`Not a web address: "${address}"`);
  const path = url.pathname.replace(/\/+$/, '');
  return { SITE_URL: url.origin, BASE_PATH: `${path}/` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const settings = pagesSettings(process.argv[2] ?? '');
    for (const [name, value] of Object.entries(settings)) console.log(`${name}=${value}`);
  } catch (err) {
    console.error(`pages-url: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}
