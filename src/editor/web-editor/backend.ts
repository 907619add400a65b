// Which git host the web editor saves to, set when building (docs/webredaktoer-it.md):
// CMS_BACKEND = github | gitlab | gitea (Gitea and Forgejo), CMS_REPO = owner/name,
// CMS_BRANCH (default main; for Gitea/Forgejo a work branch, see docs/webredaktoer-it.md), CMS_BASE_URL (a self-hosted GitLab/Gitea/Forgejo, or for GitHub the
// address of the sveltia-cms-auth helper), CMS_APP_ID (the OAuth application's id, for PKCE).
// On http://127.0.0.1 or localhost Sveltia also offers the local repository, whatever is set here.
export type BackendName = 'github' | 'gitlab' | 'gitea';

const NAMES: readonly BackendName[] = ['github', 'gitlab', 'gitea'];

export function backendFromEnv(env: Record<string, string | undefined> = process.env): Record<string, unknown> {
  const given = env['CMS_BACKEND'] ?? 'github';
  if (!NAMES.includes(given as BackendName))
    throw new Error(`CMS_BACKEND er "${given}", men skal være ${NAMES.join(', ')} (Forgejo bruger gitea). Ret variablen, før du bygger.`);
  const name = given as BackendName;
  const backend: Record<string, unknown> = { name, repo: env['CMS_REPO'] || 'kommune/vidensbank', branch: env['CMS_BRANCH'] || 'main' };
  if (env['CMS_BASE_URL']) backend['base_url'] = env['CMS_BASE_URL'];
  if (env['CMS_APP_ID']) backend['app_id'] = env['CMS_APP_ID'];
  // GitLab logs in with PKCE (no secret, no helper); Gitea/Forgejo always do when app_id is set.
  if (name === 'gitlab' && env['CMS_APP_ID']) backend['auth_type'] = 'pkce';
  return backend;
}
