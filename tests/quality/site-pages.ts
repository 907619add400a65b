// Reads every built HTML page of an output folder, parsed once, for the site checks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { readerPages } from '../helpers/dist';

export interface BuiltPage {
  /** Path relative to the output folder, e.g. `kommuner/aalborg/index.html`. */
  file: string;
  html: string;
  root: HTMLElement;
}

export function readPages(outDir: string): BuiltPage[] {
  return readerPages(outDir).map((file) => {
    const html = readFileSync(path.join(outDir, file), 'utf8');
    return { file, html, root: parse(html) };
  });
}

/** A problem a check found, tied to one page. */
export interface SiteProblem {
  file: string;
  problem: string;
}
