// The editor's guide, followed step by step on a copy of the real content, builds: the new
// interview and initiative get their pages, the changed contact shows on the municipality page,
// and the derived lists pick the new entries up.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, PROJECT_ROOT } from '../helpers/fixture-site';
import { scaffold } from '../../src/editor/scaffold';
import { applyGuide, guideSteps } from '../unit/editor-fixture';
import { OTHER_ROUTES } from '../../src/opendata/routes';

const OPTIONS = { srcDir: path.join(PROJECT_ROOT, 'src'), otherRoutes: OTHER_ROUTES, publicDir: path.join(PROJECT_ROOT, 'public') };

describe("the editor's guide", () => {
  it('followed step by step, gives a site that builds with the new pages', () => {
    const result = buildFixture('editor-guide', {}, {}, (contentDir) => {
      rmSync(contentDir, { recursive: true, force: true });
      cpSync(path.join(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
      applyGuide(path.dirname(contentDir), guideSteps(), (root, type, args) => scaffold(root, type, args, OPTIONS));
    });
    expect(result.status, result.output).toBe(0);
    const page = (p: string) => readFileSync(path.join(result.root, 'dist', p, 'index.html'), 'utf8');
    expect(page('interviews/kolding-2026-03/')).toContain('Mette Eksempel');
    expect(page('indsatser/kolding/mentorordning-for-nye-virksomheder/')).toContain('Mentorordning for nye virksomheder');
    expect(page('kommuner/kolding/')).toContain('/indsatser/kolding/mentorordning-for-nye-virksomheder/');
    expect(page('kommuner/kolding/')).toContain('/interviews/kolding-2026-03/');
    expect(page('kommuner/aalborg/')).toContain('Jens Eksempel');
  });
});
