// MDX front matter in VS Code: the Astro extension's language server (@astrojs/language-server,
// with content intellisense on, as .vscode/settings.json sets it) reads the schemas and the file
// map that src/editor/write-schemas.ts writes, and validates, explains and completes as an editor types.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check';
import { writeEditorSchemas } from '../../src/editor/write-schemas';
import { LspClient } from '../helpers/lsp-client';
import { MINIMAL, PROJECT_ROOT, TODAY } from '../unit/editor-fixture';
import { cpSync, mkdirSync } from 'node:fs';
import { OTHER_ROUTES } from '../../src/opendata/routes';
import { FixtureText } from '../helpers/fixture-text';

// Inside the project, so the server finds astro and typescript in node_modules as in a real checkout.
const ROOT = path.join(PROJECT_ROOT, 'tests/.tmp/astro-frontmatter');
const FILE = path.join(ROOT, 'content/strategier/aalborg.mdx');
const uri = pathToFileURL(FILE).href;

describe('MDX front matter with the Astro extension', () => {
  let ls: LspClient;
  let lines: string[];
  const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));

  beforeAll(async () => {
    rmSync(ROOT, { recursive: true, force: true });
    mkdirSync(ROOT, { recursive: true });
    cpSync(path.join(MINIMAL, 'content'), path.join(ROOT, 'content'), { recursive: true });
    writeEditorSchemas(ROOT, checkContent(ROOT, { srcDir: path.join(PROJECT_ROOT, 'src'), otherRoutes: OTHER_ROUTES, today: TODAY }));
    ls = new LspClient(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/@astrojs/language-server/bin/nodeServer.js'), '--stdio']);
    const rootUri = pathToFileURL(ROOT).href;
    await ls.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'vidensbank' }],
      capabilities: {
        textDocument: { hover: { contentFormat: ['markdown'] }, diagnostic: {}, completion: { completionItem: { documentationFormat: ['markdown'] } } },
        workspace: { configuration: true },
      },
      initializationOptions: { typescript: { tsdk: path.join(PROJECT_ROOT, 'node_modules/typescript/lib') }, contentIntellisense: true },
    });
    ls.notify('initialized', {});
    const { text } = new FixtureText(readFileSync(FILE, 'utf8'), FILE).replace(/^municipality: aalborg$/m, 'municipality: aalborgg\nbudget: 4');
    lines = text.split('\n');
    ls.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'mdx', version: 1, text } });
  });

  afterAll(() => {
    ls?.close();
    rmSync(ROOT, { recursive: true, force: true });
  });

  // The first request waits for the server to load the project.
  it('shows the Danish description of a field on hover', async () => {
    const hover = await ls.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: at('status:'), character: 2 },
    });
    expect(hover.contents.value).toContain('kommunen har bevidst valgt ingen strategi');
  });

  it('offers the municipalities that exist', async () => {
    const result = await ls.request<{ items: { label: string }[] } | { label: string }[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: at('municipality:'), character: 'municipality: aal'.length },
    });
    const labels = (Array.isArray(result) ? result : result.items).map((i) => i.label);
    expect(labels).toContain('aalborg');
    expect(labels).toHaveLength(98);
  });
  it('underlines an unknown key and a municipality that does not exist', async () => {
    const report = await ls.request<{ items: { message: string; range: { start: { line: number } } }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    const byLine = new Map(report.items.map((d) => [d.range.start.line, d.message]));
    expect(byLine.get(at('budget:'))).toContain('not allowed');
    expect(byLine.get(at('municipality:'))).toContain('"aalborg"');
  });
});
