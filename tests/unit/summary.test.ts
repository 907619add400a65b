// The check's summary in its two renderings (src/editor/summary.ts): the Markdown one for a
// pipeline's job summary and merge-request comment says exactly what the text one says.
import { describe, expect, it } from 'vitest';
import { formatSummary, formatSummaryMarkdown } from '../../src/editor/summary';
import { checkSite, fixtureFile } from './editor-fixture';

const GUIDE = 'content/guide/en-indgang.mdx';
const broken = checkSite({
  [GUIDE]: fixtureFile(GUIDE).replace('kind: vejledning', 'kind: x'),
  'content/indsatser/aalborg/startup-cafeer.yaml': fixtureFile('content/indsatser/aalborg/startup-cafeer.yaml').replace(
    'municipality: aalborg',
    'municipality: gotham',
  ),
});

describe('the summary in Markdown', () => {
  it('has every line of the text summary, the problems in code blocks under their file', () => {
    expect(broken.errors.length).toBeGreaterThan(1);
    // Everything before the LIX list, which Markdown shows as a table.
    const [text, lix] = formatSummary(broken).split('LÆSBARHED');
    const markdown = formatSummaryMarkdown(broken);
    for (const line of text!.split('\n').filter((l) => l.trim())) expect(markdown).toContain(line);
    expect(markdown).toContain(`LÆSBARHED${lix!.split('\n')[0]}`);
    expect(markdown).toMatch(/^### ❌ Tjek af indholdet: \d+ fejl i 2 filer/);
    expect(markdown).toContain(`**\`${GUIDE}\`**\n\n\`\`\`text\n  fejl – `);
  });

  it('says so when there is nothing wrong', () => {
    const good = checkSite();
    expect(formatSummaryMarkdown(good, { warnings: false })).toMatch(/^### ✅ Tjek af indholdet: ingen fejl/);
  });

  it('lists each page with its LIX in a table, hardest first', () => {
    const markdown = formatSummaryMarkdown(broken);
    const rows = [...markdown.matchAll(/^\| (\d+) \| [\d,]+ \| (content\/\S+) \|$/gm)];
    expect(rows.map((r) => r[2]).sort()).toEqual(broken.readability.map((p) => p.file).sort());
    const values = rows.map((r) => Number(r[1]));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('a fence longer than any backticks in a message, so a message cannot end its code block', () => {
    const result = { ...broken, errors: [{ file: 'content/x.mdx', code: 'mdx-syntax' as const, message: 'Skriv ikke ```kode``` her.' }] };
    expect(formatSummaryMarkdown(result)).toContain('````text\n  fejl\n    Skriv ikke ```kode``` her.\n````');
  });

  it('stays within a comment’s size, leaving whole blocks out and saying so', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      file: `content/guide/side-${String(i).padStart(4, '0')}.mdx`,
      code: 'mdx-syntax' as const,
      message: 'Noget er galt her.',
    }));
    const markdown = formatSummaryMarkdown({ ...broken, errors: many });
    expect(markdown.length).toBeLessThanOrEqual(60_100);
    expect(markdown.trimEnd()).toMatch(/Resten af rapporten står i jobbets log\.$/);
    expect((markdown.match(/^```/gm) ?? []).length % 2).toBe(0);
  });
});
