// Every file of the web editor (/admin/), made from the checked content and the npm packages:
// the page, the generated configuration, the Sveltia bundle with its fonts, the Danish strings and
// the "Svar" block. src/integrations/web-editor.ts writes them into the build and serves them in
// `npm run dev`.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { citedSourceIds, COLLECTIONS, type CheckResult } from '../../model';
import { editorSchemas } from '../json-schemas';
import { adminFonts, adminPage, localeScript, sveltiaBundle } from './admin-page';
import { answerComponentScript } from './answer-component';
import { backendFromEnv } from './backend';
import { webEditorConfig } from './config';

export interface WebEditorFile {
  /** Path below the web editor's folder: `index.html`, `fonts/…`. */
  path: string;
  type: string;
  body: string | Buffer;
}

const JS = 'text/javascript; charset=utf-8';

export function webEditorFiles(result: Pick<CheckResult, 'entries'>, siteUrl: string, env: Record<string, string | undefined> = process.env): WebEditorFile[] {
  // The files are public like the rest of the site: drafts, and sources only drafts cite, are not
  // offered as choices, so neither their ids nor their titles are published (tests/build/editor-drafts.test.ts).
  const notDrafts = result.entries.filter((e) => !e.draft);
  const cited = citedSourceIds(notDrafts);
  const published = notDrafts.filter((e) => e.collection !== 'sources' || cited.has(e.id));
  const config = webEditorConfig(editorSchemas(published), COLLECTIONS, { backend: backendFromEnv(env), siteUrl });
  const questions = published
    .filter((e) => e.collection === 'questions')
    .map((e) => ({ id: e.id, label: typeof e.data['label'] === 'string' ? e.data['label'] : e.id }));
  return [
    { path: 'index.html', type: 'text/html; charset=utf-8', body: adminPage() },
    {
      path: 'config.yml',
      type: 'text/yaml; charset=utf-8',
      body: `# Generated at build time from src/model/registry.ts and src/schemas/ (src/editor/web-editor/config.ts). Do not edit.\n${yaml.dump(config, { lineWidth: -1, noRefs: true })}`,
    },
    { path: 'sveltia-cms.js', type: JS, body: sveltiaBundle() },
    { path: 'dansk.js', type: JS, body: localeScript() },
    { path: 'svar.js', type: JS, body: answerComponentScript(questions) },
    ...adminFonts().map((f) => ({ path: `fonts/${f.file}`, type: 'font/woff2', body: readFileSync(f.source) })),
  ];
}
