// HTML validity with the W3C Nu HTML checker (npm `vnu-jar`, run by Java: Debian's
// default-jre-headless in CI). One Java process for all files, since the JVM is slow to start.
// It finds what html-validate does not (a <script> after </html>, content models, stray tags).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteProblem } from './site-pages';

const JAR = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** The Nu checker's errors in the HTML files `paths`, named relative to `baseDir`. */
export function checkNu(paths: readonly string[], baseDir: string): SiteProblem[] {
  if (!existsSync(JAR)) throw new Error(`vnu.jar not found at ${JAR}: run npm install`);
  const java = process.env['JAVA'] ?? 'java';
  // C1 only (TieredStopAtLevel=1) and the serial GC: a short run spends most of its CPU compiling and
  // collecting; measured on 129 pages, 2.3 s CPU instead of 6.1 s. C1 code needs a deeper stack for
  // the schema (a StackOverflowError below about 8 MB).
  const flags = ['-Xss8m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
  const result = spawnSync(java, [...flags, '-jar', JAR, '--errors-only', '--format', 'json', '--stdout', ...paths], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`Could not run Java for the Nu checker (${java}): ${result.error.message}. Install default-jre-headless.`);
  const report = JSON.parse(result.stdout) as { messages: NuMessage[] };
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: m.url ? path.relative(baseDir, fileURLToPath(m.url)).split(path.sep).join('/') : '(vnu)',
      problem: `${m.message}${m.lastLine ? ` (line ${m.lastLine})` : ''}`,
    }));
}
