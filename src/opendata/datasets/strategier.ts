// Download: the municipalities' strategies, with targets and documents.
import { entryPath } from '../../model';
import { z } from 'astro/zod';
import { isoDay } from '../../lib/format';
import { descriptionOf } from '../../schemas/json-schema';
import { strategySchema, strategyDocumentSchema, targetSchema } from '../../schemas/strategy';
import { factsAsOf, type Dataset } from '../dataset';
import { fields } from '../fields';

const s = strategySchema.shape;
const strategyRecord = z.strictObject({
  id: fields.id,
  municipalityCode: fields.municipalityCode,
  municipality: fields.municipalityName,
  title: s.title,
  status: s.status,
  adoptedYear: s.adoptedYear,
  adoptedText: s.adoptedText,
  periodFrom: s.periodFrom,
  periodTo: s.periodTo,
  version: s.version,
  focus: s.focus,
  targets: z.array(targetSchema).meta({ description: descriptionOf(s.targets) ?? 'Målbare mål.' }),
  documents: z.array(strategyDocumentSchema).meta({ description: descriptionOf(s.documents) ?? 'Strategiens dokumenter.' }),
  evaluation: s.evaluation,
  factsAsOf,
  url: fields.url,
});
type StrategyRecord = z.infer<typeof strategyRecord>;

export const strategies: Dataset<StrategyRecord> = {
  name: 'strategier',
  title: 'Strategier',
  record: 'én række pr. kommunal strategi (eller bevidst fravalg af en strategi)',
  description: 'Kommunernes strategier for socialøkonomi: status, vedtagelse, periode, version, fokus, målbare mål og dokumenter.',
  schema: strategyRecord,
  rows: (site, url) =>
    [...site.strategies]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => {
        const muni = site.get('municipalities', e.data.municipality).data;
        const d = e.data;
        return {
          id: e.id,
          municipalityCode: muni.code,
          municipality: muni.name,
          title: d.title,
          status: d.status,
          ...(d.adoptedYear !== undefined ? { adoptedYear: d.adoptedYear } : {}),
          ...(d.adoptedText !== undefined ? { adoptedText: d.adoptedText } : {}),
          ...(d.periodFrom !== undefined ? { periodFrom: d.periodFrom } : {}),
          ...(d.periodTo !== undefined ? { periodTo: d.periodTo } : {}),
          ...(d.version !== undefined ? { version: d.version } : {}),
          focus: d.focus,
          targets: d.targets,
          documents: d.documents,
          ...(d.evaluation !== undefined ? { evaluation: d.evaluation } : {}),
          factsAsOf: isoDay(d.factsAsOf),
          url: url(`${entryPath('strategies', e.id)}/`),
        };
      }),
  csvColumns: [
    'id',
    'municipalityCode',
    'municipality',
    'title',
    'status',
    'adoptedYear',
    'adoptedText',
    'periodFrom',
    'periodTo',
    'version',
    'focus',
    'targets',
    'documents',
    'evaluation',
    'factsAsOf',
    'url',
  ],
  csvValues: (r) => ({
    targets: r.targets.map((t) => t.text).join(' | '),
    documents: r.documents.map((d) => (d.url ? `${d.title} (${d.url})` : d.title)).join(' | '),
  }),
};
