// Every content collection: where its files live and which schema validates them.
// Editors' files are all under content/; schemas are in src/schemas/.
import { defineCollection } from 'astro:content';
import { strictGlob } from './loaders/strict-glob';
import { municipalitiesCsv } from './loaders/municipalities-csv';
import { yamlList } from './loaders/yaml-list';
import { municipalitySchema } from './schemas/municipality';
import { themeSchema } from './schemas/theme';
import { sourceSchema } from './schemas/source';
import { questionSchema } from './schemas/question';
import { synonymSchema } from './schemas/synonym';
import { organisationSchema } from './schemas/organisation';
import { entryPointSchema } from './schemas/entry-point';
import { initiativeSchema } from './schemas/initiative';
import { strategySchema } from './schemas/strategy';
import { interviewSchema } from './schemas/interview';
import { guideSchema, narrativeSchema } from './schemas/article';

const pages = (folder: string) => strictGlob({ pattern: '**/*.{md,mdx}', base: `./content/${folder}` });
const records = (folder: string) => strictGlob({ pattern: '**/*.yaml', base: `./content/${folder}` });

export const collections = {
  municipalities: defineCollection({ loader: municipalitiesCsv('./content/data/kommuner.csv'), schema: municipalitySchema }),
  themes: defineCollection({ loader: yamlList('./content/data/temaer.yaml'), schema: themeSchema }),
  sources: defineCollection({ loader: yamlList('./content/data/kilder.yaml'), schema: sourceSchema }),
  questions: defineCollection({ loader: yamlList('./content/data/spoergsmaal.yaml'), schema: questionSchema }),
  synonyms: defineCollection({ loader: yamlList('./content/data/synonymer.yaml'), schema: synonymSchema }),
  organisations: defineCollection({ loader: records('organisationer'), schema: organisationSchema }),
  entryPoints: defineCollection({ loader: records('indgange'), schema: entryPointSchema }),
  initiatives: defineCollection({ loader: records('indsatser'), schema: initiativeSchema }),
  strategies: defineCollection({ loader: pages('strategier'), schema: strategySchema }),
  interviews: defineCollection({ loader: pages('interviews'), schema: interviewSchema }),
  narrative: defineCollection({ loader: pages('fortaelling'), schema: narrativeSchema }),
  guide: defineCollection({ loader: pages('guide'), schema: guideSchema }),
};
