// Text an editor must really write: no field that holds only spaces. (Placeholders left by
// `npm run ny` are found in src/model/validate.ts and bodies.ts.)
import type { Problem } from '../problem';
import { problem } from '../problems';

type Step = string | number;

function fieldName(path: readonly Step[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** Text fields (any depth) that hold only spaces or line breaks: they pass a "not empty" check but show nothing. */
export function blankTextFields(raw: unknown, file: string, line: (path: Step[]) => number | undefined, at: Step[] = []): Problem[] {
  if (typeof raw === 'string') {
    if (raw === '' || raw.trim() !== '') return [];
    const l = line(at);
    return [problem('blank-text', { file, line: l, field: fieldName(at), value: raw })];
  }
  if (Array.isArray(raw)) return raw.flatMap((v, i) => blankTextFields(v, file, line, [...at, i]));
  if (raw && typeof raw === 'object' && !(raw instanceof Date)) {
    return Object.entries(raw as Record<string, unknown>).flatMap(([k, v]) => blankTextFields(v, file, line, [...at, k]));
  }
  return [];
}
