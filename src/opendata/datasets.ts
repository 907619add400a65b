// The open-data downloads under /data/, in the order /data/ lists them. Each file in
// datasets/ holds one: its record schema, its rows from the query module, its CSV columns.
import type { Dataset } from './dataset';
import { municipalities } from './datasets/kommuner';
import { initiatives } from './datasets/indsatser';
import { strategies } from './datasets/strategier';
import { entryPoints } from './datasets/indgange';
import { answers } from './datasets/interviewsvar';

export type { AbsoluteUrl, Dataset } from './dataset';

export const DATASETS: readonly Dataset[] = [municipalities, initiatives, strategies, entryPoints, answers];
