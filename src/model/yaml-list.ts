// Parses a YAML file holding a list of entries with an `id` each: a syntax error or a
// duplicate id is a problem for the editor, in Danish.
import yaml from 'js-yaml';
import { ContentError, type ContentProblem } from './problem';

const YAML_REASONS: [RegExp, string, string?][] = [
  [/duplicated mapping key/, 'Samme felt står to gange.', 'Slet eller omdøb den ene af linjerne.'],
  [/tab characters must not be used/, 'Der er brugt tabulator til indrykning.', 'Indryk med mellemrum (to pr. niveau), ikke tabulator.'],
  [
    /flow collection|missed comma between flow collection entries/,
    'En liste i [ … ] eller en gruppe i { … } er ikke lukket korrekt.',
    'Luk listen med ] på samme linje, fx themes: [en-indgang, indkoeb], og adskil punkterne med komma.',
  ],
  [/bad indentation/, 'Forkert indrykning.', 'Felter på samme niveau skal stå lige under hinanden; underfelter indrykkes med to mellemrum.'],
  [/within a (double|single) quoted scalar|missed closing quote/, 'Et anførselstegn er ikke lukket.', 'Sæt et anførselstegn i begge ender af teksten.'],
  [
    /multiline key may not be an implicit key|could not find expected ':'/,
    'En linje mangler kolon efter feltnavnet, eller en tekst fortsætter på næste linje uden indrykning.',
    'Skriv "felt: værdi". Lang tekst kan skrives efter "felt: >-" på indrykkede linjer.',
  ],
  [
    /end of the stream or a document separator is expected/,
    'Uventet tekst, som ikke passer ind i filens struktur.',
    'Ofte et kolon i en tekst uden anførselstegn eller en forkert indrykning: sæt teksten i anførselstegn, eller ret indrykningen.',
  ],
];

/** A js-yaml error as an editor's problem, in Danish. `lineOffset` is added to js-yaml's 0-based line. */
export function yamlSyntaxProblem(err: unknown, file: string, lineOffset = 0): ContentProblem {
  const e = err as yaml.YAMLException;
  const reason = e.reason ?? e.message;
  const line = e.mark ? ((e.mark.buffer ?? '').split('\n')[e.mark.line] ?? '') : '';
  // `title: Status: 2018`: a colon inside unquoted text is the commonest cause of a bad-indentation error.
  if (/bad indentation of a mapping entry|end of the stream/.test(reason) && /^\s*[^#:]+:\s+[^'"\s][^#]*:(\s|$)/.test(line)) {
    const [, key, value] = /^\s*(?:-\s+)?([^:]+):\s+(.*?)\s*$/.exec(line) ?? [];
    return {
      file,
      line: e.mark.line + 1 + lineOffset,
      code: 'yaml-syntax',
      message: 'YAML-syntaksfejl: Teksten indeholder et kolon, og så skal den stå i anførselstegn.',
      hint: `Skriv ${key ?? 'feltet'}: "${(value ?? '').replace(/"/g, '\\"')}".`,
    };
  }
  const known = YAML_REASONS.find(([re]) => re.test(reason));
  return {
    file,
    ...(e.mark ? { line: e.mark.line + 1 + lineOffset } : {}),
    code: 'yaml-syntax',
    message: `YAML-syntaksfejl: ${known ? known[1] : reason}`,
    hint: `${known?.[2] ? `${known[2]} ` : ''}Tjek indrykning (mellemrum, ikke tabulator), kolon efter hvert feltnavn og anførselstegn om tekst med kolon.`,
  };
}

/** Parses a YAML list of entries with unique ids. `parse` lets the editor checker use its stricter date handling. */
export function parseYamlList(text: string, file: string, parse: (text: string) => unknown = (t) => yaml.load(t)): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (err) {
    throw new ContentError([yamlSyntaxProblem(err, file)]);
  }
  if (!Array.isArray(data)) {
    throw new ContentError([{ file, code: 'not-a-list', message: 'Filen skal være en liste, hvor hvert punkt starter med "- id: …".' }]);
  }
  const seen = new Map<string, number>();
  const problems: ContentProblem[] = [];
  for (const [index, item] of data.entries()) {
    const id = (item as { id?: unknown })?.id;
    if (typeof id !== 'string' || id === '') {
      problems.push({ file, code: 'list-item-id', field: `[${index}].id`, value: id, message: 'Punktet mangler et id.' });
      continue;
    }
    if (seen.has(id)) {
      problems.push({
        file,
        code: 'duplicate-id',
        field: `[${index}].id`,
        value: id,
        message: `Id'et "${id}" findes allerede (punkt nr. ${seen.get(id)! + 1}).`,
        hint: 'Giv punktet et andet id, eller slet dubletten.',
      });
    }
    seen.set(id, index);
  }
  if (problems.length) throw new ContentError(problems);
  return data as Record<string, unknown>[];
}
