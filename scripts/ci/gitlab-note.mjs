// Posts the check's Markdown report (npm run tjek -- --markdown-fil <fil>) as a note on the
// merge request, or updates the note it posted before, so a merge request has one current report.
// Runs in the GitLab CI job's after_script (.gitlab-ci.yml), so it reports a failed check too.
// Needs a token that may write notes, in the CI/CD variable TJEK_NOTE_TOKEN (a project access
// token with the api scope and the Reporter role; docs/publicering.md). Without one, or outside a
// merge request, it says so and does nothing: the report is in the job log either way. It never
// fails the job. Plain JavaScript with no dependencies (Node's fetch).
import { existsSync, readFileSync } from 'node:fs';

/** Marks the note as this pipeline's report, so the next run updates it instead of adding one. */
export const MARKER = '<!-- vidensbank-tjek -->';

export async function postReport({ file, env = process.env, log = console.log }) {
  const { CI_API_V4_URL: api, CI_PROJECT_ID: project, CI_MERGE_REQUEST_IID: mr, TJEK_NOTE_TOKEN: token } = env;
  if (!mr) return 'no-merge-request';
  if (!token) {
    log('Rapporten står i jobbets log. Sæt CI/CD-variablen TJEK_NOTE_TOKEN, så den også kommer som en note på merge requesten (se docs/publicering.md).');
    return 'no-token';
  }
  if (!existsSync(file)) {
    log(`Ingen rapport at sende (${file} findes ikke): tjekket nåede ikke at køre. Se jobbets log.`);
    return 'no-report';
  }
  const body = `${MARKER}\n${readFileSync(file, 'utf8')}`;
  const notes = `${api}/projects/${encodeURIComponent(project)}/merge_requests/${mr}/notes`;
  const headers = { 'PRIVATE-TOKEN': token, 'Content-Type': 'application/json' };
  const listed = await fetch(`${notes}?per_page=100&sort=desc&order_by=updated_at`, { headers });
  if (!listed.ok) throw new Error(`GitLab answered ${listed.status} when listing the merge request's notes`);
  const previous = (await listed.json()).find((n) => typeof n.body === 'string' && n.body.startsWith(MARKER));
  const sent = await fetch(previous ? `${notes}/${previous.id}` : notes, { method: previous ? 'PUT' : 'POST', headers, body: JSON.stringify({ body }) });
  if (!sent.ok) throw new Error(`GitLab answered ${sent.status} when saving the note`);
  log(previous ? 'Rapporten er opdateret i noten på merge requesten.' : 'Rapporten er sendt som en note på merge requesten.');
  return previous ? 'updated' : 'created';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await postReport({ file: process.argv[2] ?? 'tjek-rapport.md' });
  } catch (err) {
    console.log(`Noten på merge requesten kunne ikke gemmes (rapporten står i jobbets log): ${err instanceof Error ? err.message : err}`);
  }
}
