// The site paths of every built page readers see (the web editor's /admin/ is not one), for
// browser tests that visit them all.
import { DIST, readerPages } from './dist';
import { requestPath } from '../../src/integrations/service-worker';

export function builtPagePaths(dist = DIST): string[] {
  return readerPages(dist).map((f) => `/${requestPath(f)}`);
}
