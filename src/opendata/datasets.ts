// The open-data downloads under /data/: for each, its record schema (for the JSON Schema and
// the field list on /data/), how its records come from the query module, and its CSV columns.
import { z } from 'astro/zod';
import type { Site } from '../lib/content';
import { isoDay } from '../lib/format';
import { municipalitySchema } from '../schemas/municipality';
import { initiativeSchema } from '../schemas/initiative';
import { strategySchema, strategyDocumentSchema, targetSchema } from '../schemas/strategy';
import { contactSchema, entryPointSchema } from '../schemas/entry-point';
import { interviewSchema } from '../schemas/interview';
import { questionSchema } from '../schemas/question';
import { publishing } from '../schemas/common';
import { answersOf } from './answers';
import type { CsvValue } from './csv';
import { day, fields } from './fields';
import { descriptionOf } from '../lib/json-schema';

/** Turns a site path (`kommuner/aalborg/`) into the page's absolute URL, base path included. */
export type AbsoluteUrl = (sitePath: string) => string;

export interface Dataset<R extends Record<string, unknown> = Record<string, unknown>> {
  /** The file name without extension: /data/<name>.json, .csv, .schema.json. */
  name: string;
  /** Danish title on /data/. */
  title: string;
  /** What one record is, in Danish ("én række pr. …"). */
  record: string;
  description: string;
  schema: z.ZodObject;
  rows(site: Site, url: AbsoluteUrl): R[];
  /** The CSV columns, in order, and each record flattened into them. */
  csvColumns: readonly string[];
  csvRow(record: R): Record<string, CsvValue>;
}

const m = municipalitySchema.shape;
const facts = publishing.factsAsOf;
const factsAsOf = day(descriptionOf(facts) ?? 'Datoen, oplysningerne stammer fra.');

/** Fields copied as they are from a record into its CSV row. */
const same = <R extends Record<string, unknown>>(r: R, keys: readonly (keyof R & string)[]) =>
  Object.fromEntries(keys.map((k) => [k, r[k] as CsvValue]));

const municipalityRecord = z.strictObject({
  code: m.code,
  id: fields.id,
  name: m.name,
  officialName: m.officialName,
  region: m.region,
  regionCode: m.regionCode,
  strategyStatus: strategySchema.shape.status.optional().meta({
    description: 'Status for kommunens strategi, hvis sitet har den: vedtaget, udkast, evalueret eller ingen (bevidst ingen strategi). Tom: sitet kender ingen strategi.',
  }),
  initiatives: fields.count('Antal indsatser, sitet beskriver for kommunen.'),
  interviews: fields.count('Antal statusinterviews med kommunen på sitet.'),
  entryPoint: z.boolean().meta({ description: 'Om sitet beskriver kommunens indgang for socialøkonomiske virksomheder (se indgange).' }),
  entryPointUnit: entryPointSchema.shape.unit.meta({ description: 'Enheden, der er kommunens indgang, fx "BusinessAalborg", hvis kilden siger det.' }),
  url: fields.url.optional().meta({ description: 'Kommunens side på sitet. Tom, når sitet ikke har oplysninger om kommunen.' }),
});
type MunicipalityRecord = z.infer<typeof municipalityRecord>;

const municipalities: Dataset<MunicipalityRecord> = {
  name: 'kommuner',
  title: 'Kommuner',
  record: 'én række pr. kommune, alle 98',
  description: 'Landets 98 kommuner med kommunekode og region, og hvad sitet ved om hver: strategiens status, antal indsatser og interviews, og om kommunen har én indgang.',
  schema: municipalityRecord,
  rows(site, url) {
    const withContent = new Set(site.relations.municipalitiesWithContent);
    return [...site.municipalities]
      .sort((a, b) => a.data.code.localeCompare(b.data.code))
      .map((e) => {
        const rel = site.relations.municipalities.get(e.id)!;
        const strategy = rel.strategy ? site.get('strategies', rel.strategy) : undefined;
        const entryPoint = rel.entryPoint ? site.get('entryPoints', rel.entryPoint) : undefined;
        return {
          code: e.data.code,
          id: e.id,
          name: e.data.name,
          officialName: e.data.officialName,
          region: e.data.region,
          regionCode: e.data.regionCode,
          ...(strategy ? { strategyStatus: strategy.data.status } : {}),
          initiatives: rel.initiatives.length,
          interviews: rel.interviews.length,
          entryPoint: entryPoint !== undefined,
          ...(entryPoint?.data.unit ? { entryPointUnit: entryPoint.data.unit } : {}),
          ...(withContent.has(e.id) ? { url: url(`kommuner/${e.id}/`) } : {}),
        };
      });
  },
  csvColumns: ['code', 'id', 'name', 'officialName', 'region', 'regionCode', 'strategyStatus', 'initiatives', 'interviews', 'entryPoint', 'entryPointUnit', 'url'],
  csvRow: (r) => same(r, ['code', 'id', 'name', 'officialName', 'region', 'regionCode', 'strategyStatus', 'initiatives', 'interviews', 'entryPoint', 'entryPointUnit', 'url']),
};

const i = initiativeSchema.shape;
const initiativeRecord = z.strictObject({
  id: fields.id.meta({ description: 'Indsatsens id: kommunens id og filnavnet, fx "aalborg/startup-cafeer".' }),
  title: i.title,
  municipalityCode: fields.municipalityCode,
  municipality: fields.municipalityName,
  themes: i.themes,
  status: i.status,
  fromYear: i.fromYear,
  toYear: i.toYear,
  description: i.description,
  organisations: i.organisations,
  source: i.source,
  sourceUrl: fields.sourceUrl,
  factsAsOf,
  url: fields.url,
});
type InitiativeRecord = z.infer<typeof initiativeRecord>;

const initiatives: Dataset<InitiativeRecord> = {
  name: 'indsatser',
  title: 'Indsatser',
  record: 'én række pr. indsats',
  description: 'Konkrete indsatser, som kommunerne gør eller har gjort for socialøkonomiske virksomheder, med temaer, status, år og den side, oplysningen kommer fra.',
  schema: initiativeRecord,
  rows: (site, url) =>
    [...site.initiatives]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => {
        const muni = site.get('municipalities', e.data.municipality).data;
        return {
          id: e.id,
          title: e.data.title,
          municipalityCode: muni.code,
          municipality: muni.name,
          themes: e.data.themes,
          status: e.data.status,
          ...(e.data.fromYear !== undefined ? { fromYear: e.data.fromYear } : {}),
          ...(e.data.toYear !== undefined ? { toYear: e.data.toYear } : {}),
          description: e.data.description,
          organisations: e.data.organisations,
          source: e.data.source,
          sourceUrl: url(`${e.data.source}/`),
          factsAsOf: isoDay(e.data.factsAsOf),
          url: url(`indsatser/${e.id}/`),
        };
      }),
  csvColumns: ['id', 'title', 'municipalityCode', 'municipality', 'themes', 'status', 'fromYear', 'toYear', 'description', 'organisations', 'source', 'sourceUrl', 'factsAsOf', 'url'],
  csvRow: (r) => same(r, ['id', 'title', 'municipalityCode', 'municipality', 'themes', 'status', 'fromYear', 'toYear', 'description', 'organisations', 'source', 'sourceUrl', 'factsAsOf', 'url']),
};

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

const strategies: Dataset<StrategyRecord> = {
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
          url: url(`strategier/${e.id}/`),
        };
      }),
  csvColumns: ['id', 'municipalityCode', 'municipality', 'title', 'status', 'adoptedYear', 'adoptedText', 'periodFrom', 'periodTo', 'version', 'focus', 'targets', 'documents', 'evaluation', 'factsAsOf', 'url'],
  csvRow: (r) => ({
    ...same(r, ['id', 'municipalityCode', 'municipality', 'title', 'status', 'adoptedYear', 'adoptedText', 'periodFrom', 'periodTo', 'version', 'focus', 'evaluation', 'factsAsOf', 'url']),
    targets: r.targets.map((t) => t.text).join(' | '),
    documents: r.documents.map((d) => (d.url ? `${d.title} (${d.url})` : d.title)).join(' | '),
  }),
};

const ep = entryPointSchema.shape;
const c = contactSchema.shape;
const entryPointRecord = z.strictObject({
  municipalityCode: fields.municipalityCode,
  municipality: fields.municipalityName,
  unit: ep.unit,
  placement: ep.placement,
  since: day(descriptionOf(ep.since) ?? 'Siden hvornår indgangen har eksisteret.').optional(),
  description: ep.description,
  contactName: c.name.optional(),
  contactRole: c.role,
  contactPhone: c.phone,
  contactEmail: c.email,
  source: ep.source,
  sourceUrl: fields.sourceUrl,
  factsAsOf,
  url: fields.url.meta({ description: 'Kommunens side på sitet, afsnittet om indgangen.' }),
});
type EntryPointRecord = z.infer<typeof entryPointRecord>;

const entryPoints: Dataset<EntryPointRecord> = {
  name: 'indgange',
  title: 'Indgange',
  record: 'én række pr. kommune med én indgang',
  description: 'Kommunernes ene indgang for socialøkonomiske virksomheder: enhed, placering i organisationen, siden hvornår, og kontaktperson, som de står på sitet.',
  schema: entryPointRecord,
  rows: (site, url) =>
    [...site.entryPoints]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => {
        const muni = site.get('municipalities', e.data.municipality).data;
        const d = e.data;
        return {
          municipalityCode: muni.code,
          municipality: muni.name,
          ...(d.unit !== undefined ? { unit: d.unit } : {}),
          placement: d.placement,
          ...(d.since ? { since: isoDay(d.since) } : {}),
          description: d.description,
          ...(d.contact ? { contactName: d.contact.name } : {}),
          ...(d.contact?.role ? { contactRole: d.contact.role } : {}),
          ...(d.contact?.phone ? { contactPhone: d.contact.phone } : {}),
          ...(d.contact?.email ? { contactEmail: d.contact.email } : {}),
          source: d.source,
          sourceUrl: url(`${d.source}/`),
          factsAsOf: isoDay(d.factsAsOf),
          url: url(`kommuner/${d.municipality}/#indgang`),
        };
      }),
  csvColumns: ['municipalityCode', 'municipality', 'unit', 'placement', 'since', 'description', 'contactName', 'contactRole', 'contactPhone', 'contactEmail', 'source', 'sourceUrl', 'factsAsOf', 'url'],
  csvRow: (r) => same(r, ['municipalityCode', 'municipality', 'unit', 'placement', 'since', 'description', 'contactName', 'contactRole', 'contactPhone', 'contactEmail', 'source', 'sourceUrl', 'factsAsOf', 'url']),
};

const answerRecord = z.strictObject({
  interview: fields.id.meta({ description: 'Interviewets id, fx "aalborg-2018-09".' }),
  municipalityCode: fields.municipalityCode,
  municipality: fields.municipalityName,
  date: day(descriptionOf(interviewSchema.shape.date) ?? 'Datoen for interviewet.'),
  question: questionSchema.shape.id,
  questionText: questionSchema.shape.text,
  answer: z.string().min(1).meta({ description: 'Svaret som ren tekst (uden formatering og links; se siden for dem).' }),
  url: fields.url.meta({ description: 'Svaret på interviewets side.' }),
});
type AnswerRecord = z.infer<typeof answerRecord>;

const answers: Dataset<AnswerRecord> = {
  name: 'interviewsvar',
  title: 'Interviewsvar',
  record: 'én række pr. svar: et interview og et af de faste spørgsmål',
  description: 'Kommunernes svar på de samme faste statusspørgsmål, så svarene kan sammenlignes på tværs af kommuner og år.',
  schema: answerRecord,
  rows: (site, url) =>
    [...site.interviews]
      .sort((a, b) => a.id.localeCompare(b.id))
      .flatMap((e) => {
        const muni = site.get('municipalities', e.data.municipality).data;
        return answersOf(e.body ?? '').map((a) => ({
          interview: e.id,
          municipalityCode: muni.code,
          municipality: muni.name,
          date: isoDay(e.data.date),
          question: a.question,
          questionText: site.get('questions', a.question).data.text,
          answer: a.text,
          url: url(`interviews/${e.id}/#${a.question}`),
        }));
      }),
  csvColumns: ['interview', 'municipalityCode', 'municipality', 'date', 'question', 'questionText', 'answer', 'url'],
  csvRow: (r) => same(r, ['interview', 'municipalityCode', 'municipality', 'date', 'question', 'questionText', 'answer', 'url']),
};

/** Every download, in the order /data/ lists them. */
export const DATASETS: readonly Dataset[] = [municipalities, initiatives, strategies, entryPoints, answers] as unknown as readonly Dataset[];

export function datasetByName(name: string): Dataset {
  const found = DATASETS.find((d) => d.name === name);
  if (!found) throw new Error(`No dataset "${name}".`);
  return found;
}
