// The GitHub Actions workflows (.github/workflows/) validated against SchemaStore's published JSON
// Schema for workflows (vendored: tests/pipeline/schemas/README.md), each npm script and file they
// name checked to exist, and the pull request's check job run for real: its shell steps, in order,
// on a copy of the repository with a content error, as the runner would (GITHUB_STEP_SUMMARY a
// file; GitHub's CLI, which cannot reach GitHub from here, replaced by one that keeps the comment).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, PROJECT_ROOT } from '../helpers/fixture-site';
import { copyRepo, type RepoCopy } from '../helpers/repo-copy';

const WORKFLOWS = path.join(PROJECT_ROOT, '.github/workflows');
const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, 'schemas/github-workflow.json'), 'utf8')) as object;
// SchemaStore's schemas use keywords and formats ajv's strict mode refuses; validation itself is unchanged.
const check = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
const problems = (workflow: unknown) => (check(workflow) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[] }>;
}
const workflows = Object.fromEntries(
  readdirSync(WORKFLOWS)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => [f, yaml.load(readFileSync(path.join(WORKFLOWS, f), 'utf8')) as Workflow]),
);

describe('the GitHub workflows', () => {
  it('are the pull-request check and the publishing to Pages', () => {
    expect(Object.keys(workflows).sort()).toEqual(['tjek.yml', 'udgiv.yml']);
    expect(Object.keys(workflows['tjek.yml']!.on)).toEqual(['pull_request']);
    expect(workflows['udgiv.yml']!.on['push']).toEqual({ branches: ['main'] });
  });

  it.each(Object.keys(workflows))('%s is valid against the published workflow schema', (file) => {
    expect(problems(workflows[file])).toEqual([]);
  });

  it('the schema refuses a broken workflow (a misspelt key, a misspelt event, a step with an unknown key, no trigger)', () => {
    const good = workflows['tjek.yml']!;
    const job = good.jobs['tjek']!;
    expect(problems({ ...good, jobs: { tjek: { ...job, 'runs-on': undefined, runs_on: 'ubuntu-latest' } } })).not.toEqual([]);
    expect(problems({ ...good, on: { pull_requests: null } })).not.toEqual([]);
    expect(problems({ ...good, jobs: { tjek: { ...job, steps: [{ runs: 'npm run tjek' }] } } })).not.toEqual([]);
    expect(problems({ jobs: good.jobs })).not.toEqual([]);
  });

  it('name only npm scripts and files that exist', () => {
    const scripts = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const text = [
      ...Object.keys(workflows).map((f) => readFileSync(path.join(WORKFLOWS, f), 'utf8')),
      readFileSync(path.join(PROJECT_ROOT, '.gitlab-ci.yml'), 'utf8'),
    ].join('\n');
    const named = [...text.matchAll(/npm run (\w[\w:-]*)/g)].map((m) => m[1]!);
    expect(named).toEqual(expect.arrayContaining(['tjek', 'build']));
    for (const s of named) expect(Object.keys(scripts), `npm run ${s}`).toContain(s);
    for (const [, file] of text.matchAll(/((?:scripts|deploy)\/[\w./-]+\.\w+)/g))
      expect(() => readFileSync(path.join(PROJECT_ROOT, file!)), file).not.toThrow();
    expect(readFileSync(path.join(PROJECT_ROOT, '.nvmrc'), 'utf8').trim()).toMatch(/^\d+$/);
  });
});

describe("the pull request's check job, run step by step", () => {
  let repo: RepoCopy;
  beforeAll(() => {
    repo = copyRepo('pipeline-github');
    const file = 'content/indsatser/aalborg/startup-cafeer.yaml';
    repo.commit({ [file]: readFileSync(path.join(repo.root, file), 'utf8').replace(/^municipality: .*$/m, 'municipality: gotham') }, 'Indsats med fejl');
  });

  it('fails, with the Danish report in the job summary and the pull-request comment', () => {
    const bin = path.join(repo.root, '.test-bin');
    mkdirSync(bin, { recursive: true });
    // GitHub's CLI stand-in: keeps its arguments and the comment's text.
    writeFileSync(
      path.join(bin, 'gh'),
      '#!/bin/sh\necho "$@" > "$GH_CALLED"\nwhile [ $# -gt 0 ]; do [ "$1" = --body-file ] && cp "$2" "$GH_BODY"; shift; done\n',
    );
    chmodSync(path.join(bin, 'gh'), 0o755);
    const summary = path.join(repo.root, '.summary.md');
    writeFileSync(summary, '');
    const env = {
      ...buildEnv(),
      PATH: [bin, path.dirname(process.execPath), process.env['PATH']].join(path.delimiter),
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_REPOSITORY: 'kommune/vidensbank',
      GH_CALLED: path.join(repo.root, '.gh-args'),
      GH_BODY: path.join(repo.root, '.gh-body'),
    };
    const outcomes: { step: string; status: number | null; output: string }[] = [];
    let failed = false;
    for (const step of workflows['tjek.yml']!.jobs['tjek']!.steps) {
      if (!step.run) continue; // actions (checkout, setup-node): the copy and its Node are in place
      // GitHub's rule: after a failed step, only steps whose condition asks for it run.
      if (failed && !/always\(\)|failure\(\)|!cancelled\(\)/.test(step.if ?? '')) continue;
      const stepEnv = Object.fromEntries(
        Object.entries(step.env ?? {}).map(([k, v]) => [
          k,
          String(v).replace('${{ github.event.pull_request.number }}', '7').replace('${{ github.token }}', 'token'),
        ]),
      );
      const r = spawnSync('bash', ['-eo', 'pipefail', '-c', step.run], { cwd: repo.root, env: { ...env, ...stepEnv }, encoding: 'utf8' });
      outcomes.push({ step: step.name ?? step.run, status: r.status, output: r.stdout + r.stderr });
      if (r.status !== 0) failed = true;
    }
    const tjek = outcomes.find((o) => o.step === 'npm run tjek')!;
    expect(tjek.status).toBe(1);
    expect(tjek.output).toContain('FEJL – skal rettes, før sitet kan bygges:');
    expect(outcomes.map((o) => o.status)).toEqual([0, 1, 0, 0]);
    const summaryText = readFileSync(summary, 'utf8');
    expect(summaryText).toMatch(/^### ❌ Tjek af indholdet: 1 fejl i 1 fil/);
    expect(summaryText).toMatch(/felt: municipality, værdi: "gotham"/);
    expect(readFileSync(env.GH_CALLED, 'utf8').trim()).toBe('pr comment 7 --repo kommune/vidensbank --body-file kommentar.md --edit-last --create-if-none');
    expect(readFileSync(env.GH_BODY, 'utf8')).toBe(`<!-- vidensbank-tjek -->\n${summaryText}`);
  });
});
