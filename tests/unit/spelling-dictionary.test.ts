import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SHARDS } from '../../src/search/fold';
import { buildDictionary } from '../../src/integrations/spelling-dictionary';
import { pagefindTexts } from '../../src/integrations/pagefind-texts';

const fragmentFile = (json: unknown) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(json))]));

describe('pagefindTexts', () => {
  it('reads the title and content of single and grouped fragments', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pagefind-'));
    mkdirSync(path.join(dir, 'fragment'));
    writeFileSync(path.join(dir, 'fragment/da_a.pf_fragment'), fragmentFile({ url: '/a/', content: 'Socialøkonomi i Århus.', meta: { title: 'Én indgang' } }));
    writeFileSync(
      path.join(dir, 'fragment/da_b.pf_fragment'),
      fragmentFile({ h1: { url: '/b/', content: 'Kolding', meta: { title: 'B' } }, h2: { url: '/c/', content: 'København', meta: {} } }),
    );
    expect(pagefindTexts(dir)).toEqual(['Én indgang\nSocialøkonomi i Århus.', 'B\nKolding', '\nKøbenhavn']);
  });

  it('fails on a file that is not a Pagefind fragment', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pagefind-'));
    mkdirSync(path.join(dir, 'fragment'));
    writeFileSync(path.join(dir, 'fragment/da_x.pf_fragment'), gzipSync('{}'));
    expect(() => pagefindTexts(dir)).toThrow(/signature/);
  });
});

describe('buildDictionary', () => {
  const shards = buildDictionary(['Socialøkonomi i Århus', 'én indgang, en vej', 'xylofon']);

  it('writes every shard, empty ones too, so none is ever missing', () => {
    expect([...shards.keys()].sort()).toEqual([...SHARDS].sort());
    expect(shards.get('x')).toEqual({});
  });

  it('files words with other spellings under both folds, and plain words equal to a key', () => {
    expect(shards.get('s')).toEqual({ socialoekonomi: ['socialøkonomi'], socialokonomi: ['socialøkonomi'] });
    expect(shards.get('a')).toEqual({ aarhus: ['århus'], arhus: ['århus'] });
    expect(shards.get('e')).toEqual({ en: ['en', 'én'] });
  });
});
