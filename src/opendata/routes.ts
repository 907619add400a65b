// The site's dynamic routes that are not entry pages, with the files each builds: the open-data
// downloads (src/pages/data/[file].ts). Every caller that checks the real site passes these to the
// content check (CheckOptions.otherRoutes), which lists them among the site's pages.
import type { OtherRoutes } from '../model';
import { allDataFiles } from './files';

export const OTHER_ROUTES: OtherRoutes = {
  'data/[file]': () => allDataFiles().map((f) => f.file),
};
