// The site paths of every built page, for browser tests that visit them all.
import { DIST, filesUnder } from './dist';

export function builtPagePaths(dist = DIST): string[] {
  return filesUnder(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f === 'index.html' ? '' : f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f}`);
}
