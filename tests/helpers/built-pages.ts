// The site paths of every built page, for browser tests that visit them all.
import { DIST, filesUnder } from './dist';
import { requestPath } from '../../src/integrations/service-worker';

export function builtPagePaths(dist = DIST): string[] {
  return filesUnder(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${requestPath(f)}`);
}
