// YAML for the checker: the same parser Astro uses (js-yaml), but a date that does not exist
// (2018-02-30) stays text so it is reported, instead of silently becoming 2 March. And a way
// to find the line of a field, so messages can say where to look.
import yaml from 'js-yaml';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is YYYY-MM-DD and a real calendar day. */
export function isCalendarDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
const standard = (yaml as unknown as { types: { timestamp: { resolve(data: string): boolean; construct(data: string): unknown } } }).types.timestamp;
const strictTimestamp = new yaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: string) => standard.resolve(data),
  construct: (data: string) => (DAY.test(data) && !isCalendarDay(data) ? data : standard.construct(data)),
  instanceOf: Date,
  represent: (d: object) => (d as Date).toISOString(),
});

const SCHEMA = yaml.DEFAULT_SCHEMA.extend({ implicit: [strictTimestamp] });

/** Parses YAML like Astro does, except that impossible dates stay strings. Throws js-yaml's YAMLException. */
export function loadYaml(text: string): unknown {
  return yaml.load(text, { schema: SCHEMA });
}

export type PathStep = string | number;

interface Range {
  start: number;
  end: number;
}

const KEY = /^(\s*(?:-\s+)*)([^\s#:'"[\]{}-][^:#]*?|"[^"]*"|'[^']*')\s*:(?:\s|$)/;
const ITEM = /^(\s*)-(?:\s|$)/;

function isContent(line: string): boolean {
  const t = line.trim();
  return t !== '' && !t.startsWith('#');
}

/**
 * End (exclusive) of the block that starts at line `from`: for a list item at dash column `col`, the next
 * content line at or left of `col`; for a key at column `col`, the next content line left of it, or at it
 * unless it is a list item (YAML lets a list sit at its key's indentation).
 */
function blockEnd(lines: string[], from: number, col: number, end: number, isItem: boolean): number {
  for (let i = from + 1; i < end; i++) {
    const line = lines[i]!;
    if (!isContent(line)) continue;
    const indent = line.length - line.trimStart().length;
    if (isItem ? indent <= col : indent < col || (indent === col && !line.trimStart().startsWith('-'))) return i;
  }
  return end;
}

/**
 * The 1-based line of a field path (`['themes', 1]`, `['interviewee', 'name']`) in a YAML text,
 * or of the deepest part of it that can be found; undefined when not even the first step is found.
 * A heuristic over indentation, good for the block and flow styles editors write.
 */
export function lineOf(text: string, path: readonly PathStep[]): number | undefined {
  const lines = text.split(/\r?\n/);
  let range: Range = { start: 0, end: lines.length };
  let found: number | undefined;
  for (const step of path) {
    let hit: number | undefined;
    if (typeof step === 'number') {
      let dashCol: number | undefined;
      let n = -1;
      for (let i = range.start; i < range.end; i++) {
        const m = ITEM.exec(lines[i]!);
        if (!m) continue;
        const col = m[1]!.length;
        dashCol ??= col;
        if (col !== dashCol) continue;
        if (++n === step) {
          hit = i;
          range = { start: i, end: blockEnd(lines, i, col, range.end, true) };
          break;
        }
      }
    } else {
      let keyCol: number | undefined;
      for (let i = range.start; i < range.end; i++) {
        const m = KEY.exec(lines[i]!);
        if (!m) continue;
        const col = m[1]!.length;
        keyCol ??= col;
        if (col !== keyCol) continue;
        if (m[2]!.replace(/^["']|["']$/g, '') === step) {
          hit = i;
          range = { start: i + 1, end: blockEnd(lines, i, col, range.end, false) };
          break;
        }
      }
    }
    if (hit === undefined) break;
    found = hit + 1;
  }
  return found;
}
