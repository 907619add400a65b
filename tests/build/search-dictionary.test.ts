// The spelling dictionary of the real build: every shard the search page may ask for exists
// (no 404 for a query starting with `x`), and it knows the site's Danish spellings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARDS } from '../../src/search/fold';
import { DIST } from '../helpers/dist';

const shard = (name: string) => JSON.parse(readFileSync(path.join(DIST, 'search/fold', `${name}.json`), 'utf8')) as Record<string, string[]>;

describe('spelling dictionary', () => {
  it('has a file for every shard, empty ones included', () => {
    for (const name of SHARDS) expect(() => shard(name), `search/fold/${name}.json`).not.toThrow();
  });

  it('maps folded spellings to the words Pagefind indexed', () => {
    expect(shard('s')['socialokonomisk']).toContain('socialøkonomisk');
    expect(shard('k')['kobenhavn']).toContain('københavn');
    expect(shard('a')['arhus']).toContain('aarhus');
  });
});
