// The search-and-offline step of a build: index the built site with Pagefind, write the spelling
// dictionary and the vocabulary for typo correction, then the service worker whose manifest lists every built file (index included).
// Run by the integration in `search-and-offline.ts`, inside Astro's process, or by
// `scripts/search-step.ts` after Astro's process has ended (`npm run build`, see there).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distFiles } from './dist-files';
import { writePagefindIndex } from './pagefind-index';
import { writeSpellingDictionary } from './spelling-dictionary';
import { writeVocabulary } from './vocabulary-shards';
import { pagefindTexts } from './pagefind-texts';
import { writeServiceWorker } from './service-worker';
import { offlineOptions } from '../offline/config';

export interface StepLogger {
  info: (message: string) => void;
  warn: (message: string) => void;
}

export async function writeSearchAndOffline(outDir: string, base: string, logger: StepLogger): Promise<void> {
  const t0 = performance.now();
  const pages = await writePagefindIndex(outDir);
  const t1 = performance.now();
  const texts = pagefindTexts(path.join(outDir, 'pagefind'));
  const keys = writeSpellingDictionary(outDir, texts);
  const vocabulary = writeVocabulary(outDir, texts);
  const t2 = performance.now();
  const template = readFileSync(new URL('../offline/service-worker.js', import.meta.url), 'utf8');
  const options = offlineOptions();
  const { manifest: m, swBytes } = writeServiceWorker(outDir, distFiles(outDir), base, template, options);
  const t3 = performance.now();
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  const s = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  logger.info(`Søgeindeks: ${pages} sider, ${keys} stavemåder, ${vocabulary} ord til stavekontrol`);
  logger.info(
    `Offline: ${m.mode === 'all' ? 'hele sitet' : 'kernen'} gemmes ved første besøg (${m.core.length} filer, ${mb(m.coreBytes)}); hele sitet ${m.total.files} filer, ${mb(m.total.bytes)}; sw.js ${swBytes} B`,
  );
  logger.info(`Tidsforbrug: Pagefind ${s(t0, t1)} s, stavemåder og stavekontrol ${s(t1, t2)} s, offline ${s(t2, t3)} s`);
  if (m.mode === 'core' && m.coreBytes > options.coreBudget) logger.warn(`Offline: kernen (${mb(m.coreBytes)}) er over budgettet på ${mb(options.coreBudget)}`);
}
