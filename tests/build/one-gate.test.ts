// The build and `npm run tjek` are one gate: fixture builds prove that the mistakes the model's
// file phase finds fail `astro build` with the same Danish messages; that a build which lost a
// page fails; and that a new collection is one registry row + its schema + its page.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildEnv, buildFixture, PROJECT_ROOT } from '../helpers/fixture-site';
import { fixtureText } from '../helpers/fixture-text';

const strip = (s: string) => stripVTControlCharacters(s);
const fixture = (file: string) => fixtureText(file);
const STRATEGY = 'content/strategier/aalborg.mdx';
const INITIATIVE = 'content/indsatser/aalborg/startup-cafeer.yaml';

describe('npm run build and npm run tjek agree', () => {
  it('fail the build on file names, extensions and placeholders, each with its Danish message, follow-ons grouped', () => {
    const result = buildFixture('file-mistakes', {
      [STRATEGY]: null,
      'content/strategier/Aalborg.mdx': fixture(STRATEGY),
      [INITIATIVE]: fixture(INITIATIVE).replace(/^source: .*$/m, 'source: strategier/aalborg'),
      'content/indsatser/aalborg/ny.YAML': fixture(INITIATIVE),
      'content/guide/støtte på tværs.mdx': fixture('content/guide/en-indgang.mdx'),
      'content/indsatser/aalborg/kladde.yaml': fixture(INITIATIVE).replace(/^description: .*$/m, 'description: UDFYLD en beskrivelse'),
    });
    const output = strip(result.output);
    expect(result.status, output).not.toBe(0);
    for (const text of [
      'content/strategier/Aalborg.mdx',
      'kan ikke bruges som id',
      'Omdøb filen til content/strategier/aalborg.mdx',
      `derfor fejler også henvisningen hertil i: ${INITIATIVE}`,
      'content/indsatser/aalborg/ny.YAML',
      'Endelsen skal skrives med små bogstaver',
      'Omdøb filen til content/guide/stoette-paa-tvaers.mdx',
      'der står stadig UDFYLD, og filen udgives (draft: false)',
    ]) {
      expect(output).toContain(text);
    }
    // Only the real errors: the initiative's reference to the misnamed strategy is not an error of its own.
    expect(output).not.toContain('findes ikke i sitets sider');
    expect(output).not.toMatch(/at .*\.(ts|js|mjs):\d+/);
    // Astro prints the summary and nothing of its own around it: no English line naming a hook.
    expect(output).toMatch(/\[Indholdsfejl\]\s*\nTjek af indholdet: /);
    expect(output).not.toMatch(/unhandled|hook|error occurred/i);
  });

  it('stop the build in the content layer itself, even with the checking integration taken out', () => {
    const result = buildFixture('gate-without-integration', {
      'astro.config.mjs':
        `import config from ${JSON.stringify(path.join(PROJECT_ROOT, 'astro.config.mjs'))};\n` +
        `export default { ...config, integrations: config.integrations.filter((i) => i.name !== 'vidensbank:editor-checks'), srcDir: ${JSON.stringify(path.join(PROJECT_ROOT, 'src'))}, publicDir: ${JSON.stringify(path.join(PROJECT_ROOT, 'public'))} };\n`,
      [INITIATIVE]: fixture(INITIATIVE).replace(/^municipality: aalborg$/m, 'municipality: aalborgg'),
    });
    const output = strip(result.output);
    expect(result.status, output).not.toBe(0);
    expect(output).toMatch(/\[Indholdsfejl\]\s*\nTjek af indholdet: 1 fejl i 1 fil/);
    expect(output).toContain(`${INITIATIVE}\n  fejl – linje 2, felt: municipality, værdi: "aalborgg"`);
    expect(existsSync(path.join(result.root, 'dist/index.html'))).toBe(false);
  });

  it('fail the build when a page the content calls for was not written', () => {
    // An integration placed before ours deletes one page at the end of the build, as a full disk or a
    // removed dist/ would.
    const result = buildFixture('lost-page', {
      'astro.config.mjs':
        `import config from ${JSON.stringify(path.join(PROJECT_ROOT, 'astro.config.mjs'))};\n` +
        `import { rmSync } from 'node:fs';\n` +
        `const loser = { name: 'lose-a-page', hooks: { 'astro:build:done': ({ dir }) => rmSync(new URL('guide/en-indgang/index.html', dir)) } };\n` +
        `export default { ...config, srcDir: ${JSON.stringify(path.join(PROJECT_ROOT, 'src'))}, publicDir: ${JSON.stringify(path.join(PROJECT_ROOT, 'public'))}, integrations: [loser, ...config.integrations] };\n`,
    });
    const output = strip(result.output);
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('Bygningen er ufuldstændig: 1 side mangler');
    expect(output).toContain('/guide/en-indgang/');
  });
});

describe('the collection registry', () => {
  it('takes a new collection as one row, its schema and its page: the build and the check follow', () => {
    const root = path.join(PROJECT_ROOT, 'tests/.tmp/new-collection-code');
    rmSync(root, { recursive: true, force: true });
    const src = path.join(root, 'src');
    mkdirSync(root, { recursive: true });
    cpSync(path.join(PROJECT_ROOT, 'src'), src, { recursive: true });
    cpSync(path.join(PROJECT_ROOT, 'scripts'), path.join(root, 'scripts'), { recursive: true });
    cpSync(path.join(PROJECT_ROOT, 'astro.config.mjs'), path.join(root, 'astro.config.mjs'));
    cpSync(path.join(PROJECT_ROOT, 'deploy'), path.join(root, 'deploy'), { recursive: true });
    // 1. The schema.
    writeFileSync(
      path.join(src, 'schemas/event.ts'),
      `import { z } from 'astro/zod';\nimport { municipalityId, slugId } from './common';\n` +
        `export const eventSchema = z.strictObject({ id: slugId, title: z.string().min(1), description: z.string().min(1), municipality: municipalityId });\n`,
    );
    // 2. The registry row.
    const registry = path.join(src, 'model/registry.ts');
    const rows = readFileSync(registry, 'utf8')
      .replace(
        "import { themeSchema } from '../schemas/theme';",
        "import { themeSchema } from '../schemas/theme';\nimport { eventSchema } from '../schemas/event';",
      )
      .replace(
        '] as const satisfies readonly CollectionSpec[];',
        "  { name: 'events', kind: 'list', path: 'data/begivenheder.yaml', schema: eventSchema, noun: 'en begivenhed', label: 'begivenhederne', references: [['municipality', 'municipalities', 'about']], pages: { folder: 'begivenheder' } },\n] as const satisfies readonly CollectionSpec[];",
      );
    writeFileSync(registry, rows);
    // 3. The page.
    mkdirSync(path.join(src, 'pages/begivenheder'), { recursive: true });
    writeFileSync(
      path.join(src, 'pages/begivenheder/[id].astro'),
      `---\nimport BaseLayout from '../../layouts/BaseLayout.astro';\nimport { getSite } from '../../lib/content';\n` +
        `export async function getStaticPaths() {\n  const site = await getSite();\n  return site.pageIds('events').map((id) => ({ params: { id }, props: { id } }));\n}\n` +
        `const site = await getSite();\nconst event = site.get('events', Astro.props.id);\n---\n` +
        `<BaseLayout title={event.data.title} description={event.data.description}><h1>{event.data.title}</h1><p>{event.data.description}</p></BaseLayout>\n`,
    );
    const result = buildFixture('new-collection', {
      // About Odense, which nothing else in the fixture is about or mentions.
      'content/data/begivenheder.yaml': '- id: netvaerksdag\n  title: Netværksdag\n  description: En årlig netværksdag.\n  municipality: odense\n',
      // The site's config, from the copy, so its integrations (the content check among them) use the changed registry.
      'astro.config.mjs':
        `import config from ${JSON.stringify(path.join(root, 'astro.config.mjs'))};\n` +
        `export default { ...config, srcDir: ${JSON.stringify(src)}, publicDir: ${JSON.stringify(path.join(PROJECT_ROOT, 'public'))} };\n`,
    });
    const output = strip(result.output);
    expect(result.status, output).toBe(0);
    const page = path.join(result.root, 'dist/begivenheder/netvaerksdag/index.html');
    expect(existsSync(page), output).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain('En årlig netværksdag.');
    // Its reference is in the relations with no change to them: Odense has content now, so it has a page.
    expect(existsSync(path.join(result.root, 'dist/kommuner/odense/index.html')), output).toBe(true);
    // The same registry drives `npm run tjek`: a bad entry in the new file is found, with the Danish message.
    writeFileSync(
      path.join(result.root, 'content/data/begivenheder.yaml'),
      '- id: netvaerksdag\n  title: Netværksdag\n  beskrivelse: En årlig netværksdag.\n  municipality: odense\n',
    );
    const tjek = spawnSync(
      process.execPath,
      [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/tjek.ts'), '--root', result.root],
      {
        encoding: 'utf8',
        env: buildEnv({ NO_COLOR: '1' }),
      },
    );
    expect(tjek.status).toBe(1);
    expect(tjek.stderr).toContain('content/data/begivenheder.yaml');
    expect(tjek.stderr).toContain('beskrivelse');
  });
});
