// The GitLab pipeline (.gitlab-ci.yml) run for real with gitlab-ci-local in shell mode, on a copy
// of the repository: which jobs a merge request and main get, and the check job on a content
// change with an error (fails, the Danish report in its log and in a note on the merge request,
// sent to a local stand-in for GitLab's API) and after the fix (passes, the same note updated).
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, PROJECT_ROOT } from '../helpers/fixture-site';
import { copyRepo, type RepoCopy } from '../helpers/repo-copy';

const GITLAB_CI_LOCAL = path.join(PROJECT_ROOT, 'node_modules/gitlab-ci-local/dist/index.js');

/** Runs gitlab-ci-local in the copy with the project's Node first on PATH (as the job image node:24 has). */
function gitlabCiLocal(repo: RepoCopy, args: string[], variables: Record<string, string> = {}): Promise<{ code: number | null; log: string }> {
  const vars = Object.entries(variables).flatMap(([k, v]) => ['--variable', `${k}=${v}`]);
  const names = Object.keys(variables).join(',');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [GITLAB_CI_LOCAL, '--no-color', ...vars, ...(names ? ['--ignore-predefined-vars', names] : []), ...args], {
      cwd: repo.root,
      env: { ...buildEnv(), PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env['PATH']}` },
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('close', (code) => resolve({ code, log }));
  });
}

/** The job names gitlab-ci-local lists for a situation. */
async function jobs(repo: RepoCopy, variables: Record<string, string>): Promise<string[]> {
  const { code, log } = await gitlabCiLocal(repo, ['--list-json'], variables);
  expect(code, log).toBe(0);
  const listed = JSON.parse(log.slice(log.indexOf('['))) as { name: string; when: string }[];
  return listed.filter((j) => j.when !== 'never').map((j) => j.name);
}

/** A stand-in for GitLab's notes API: what the note script asks and sends. */
function fakeGitlab() {
  const notes: { id: number; body: string }[] = [];
  const requests: { method: string; url: string; token: string | undefined }[] = [];
  const body = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (d: Buffer) => (text += d.toString()));
      req.on('end', () => resolve(text));
    });
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    requests.push({ method: req.method!, url: req.url!, token: req.headers['private-token'] as string | undefined });
    const m = /^\/api\/v4\/projects\/42\/merge_requests\/7\/notes(?:\/(\d+))?(?:\?.*)?$/.exec(req.url!);
    if (!m) return void res.writeHead(404).end();
    res.setHeader('content-type', 'application/json');
    if (req.method === 'GET') return void res.end(JSON.stringify([{ id: 1, body: 'En anden kommentar' }, ...notes]));
    const text = (JSON.parse(await body(req)) as { body: string }).body;
    if (req.method === 'POST') notes.push({ id: 100 + notes.length, body: text });
    else notes.find((n) => n.id === Number(m[1]))!.body = text;
    res.end('{}');
  };
  const server = createServer((req, res) => void answer(req, res));
  return { server, notes, requests };
}

const MR = { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '7', CI_PROJECT_ID: '42' };
const INITIATIVE = 'content/indsatser/aalborg/startup-cafeer.yaml';

describe('the GitLab pipeline, in gitlab-ci-local', () => {
  let repo: RepoCopy;
  const api = fakeGitlab();
  beforeAll(async () => {
    repo = copyRepo('pipeline-gitlab');
    await new Promise<void>((r) => api.server.listen(0, '127.0.0.1', r));
  });
  afterAll(() => new Promise<void>((r) => api.server.close(() => r())));

  it('gives a merge request the check and a build, and main the check and GitLab Pages', async () => {
    expect(await jobs(repo, {})).toEqual(['tjek', 'pages']);
    expect(await jobs(repo, { NGINX_HOST: 'web.kommune.dk' })).toEqual(['tjek', 'pages', 'nginx']);
    repo.git('checkout', '-q', '-b', 'ny-indsats');
    expect(await jobs(repo, MR)).toEqual(['tjek', 'byg']);
    expect(await jobs(repo, { ...MR, PAGES_FORHAANDSVISNING: 'ja' })).toEqual(['tjek', 'forhaandsvisning']);
  });

  it('fails the check job on a content error, with the Danish report in the log and in a note; passes once it is fixed', async () => {
    const original = readFileSync(path.join(repo.root, INITIATIVE), 'utf8');
    repo.commit({ [INITIATIVE]: original.replace(/^municipality: .*$/m, 'municipality: gotham') }, 'Indsats med forkert kommune');
    const withApi = { ...MR, CI_API_V4_URL: `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/api/v4`, TJEK_NOTE_TOKEN: 'hemmelig' };

    const bad = await gitlabCiLocal(repo, ['--force-shell-executor', 'tjek'], withApi);
    expect(bad.code, bad.log).not.toBe(0);
    expect(bad.log).toContain('FAIL  tjek');
    expect(bad.log).toMatch(/Tjek af indholdet: 1 fejl i 1 fil/);
    expect(bad.log).toContain('FEJL – skal rettes, før sitet kan bygges:');
    expect(bad.log).toContain(INITIATIVE);
    expect(bad.log).toMatch(/felt: municipality, værdi: "gotham"/);
    expect(bad.log).toContain('Rapporten er sendt som en note på merge requesten.');
    expect(api.notes).toHaveLength(1);
    expect(api.notes[0]!.body).toMatch(/^<!-- vidensbank-tjek -->\n### ❌ Tjek af indholdet: 1 fejl i 1 fil/);
    expect(api.notes[0]!.body).toContain(`**\`${INITIATIVE}\`**`);
    expect(api.requests.every((r) => r.token === 'hemmelig')).toBe(true);

    repo.commit({ [INITIATIVE]: original }, 'Ret kommunen');
    const good = await gitlabCiLocal(repo, ['--force-shell-executor', 'tjek'], withApi);
    expect(good.code, good.log).toBe(0);
    expect(good.log).toContain('PASS  tjek');
    expect(good.log).toMatch(/Tjek af indholdet: ingen fejl/);
    // The same note, updated: a merge request keeps one current report.
    expect(api.notes).toHaveLength(1);
    expect(api.notes[0]!.body).toMatch(/^<!-- vidensbank-tjek -->\n### ✅ Tjek af indholdet: ingen fejl/);
    expect(api.requests.filter((r) => r.method === 'PUT').map((r) => r.url)).toEqual(['/api/v4/projects/42/merge_requests/7/notes/100']);
  });

  it('keeps the report in the log alone when no token is set', async () => {
    const run = await gitlabCiLocal(repo, ['--force-shell-executor', 'tjek'], MR);
    expect(run.code, run.log).toBe(0);
    expect(run.log).toContain('Sæt CI/CD-variablen TJEK_NOTE_TOKEN');
  });
});
