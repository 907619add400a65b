// The catalogue's section for files and names (src/model/files.ts, validate.ts): where a file
// belongs, its extension and name, the data files the site needs.
import { capitalise } from '../format';
import { entry } from './define';

/** How a file with the wrong extension is renamed or moved, as the rule found it. */
export type ExtensionFix =
  | { kind: 'lowercase'; renameTo: string }
  | { kind: 'rename'; renameTo: string }
  | { kind: 'pages-folders'; folders: readonly string[] }
  | { kind: 'records-folders'; folders: readonly string[] }
  | { kind: 'rename-or-move'; renameTo: string };

/** The content folders, and the data folder last. */
const withData = (folders: readonly string[]) => `${folders.join(', ')} og content/data/`;

export const FILES = {
  'no-content': entry<{ empty: boolean }>({
    title: 'Ingen content-mappe',
    message: ({ empty }) => (empty ? 'Mappen content/ er tom, så sitet har intet indhold.' : 'Mappen content/ findes ikke, så sitet har intet indhold.'),
    hint: ({ empty }) =>
      empty
        ? 'Hent indholdet fra git igen (git checkout -- content), eller start med kommunelisten content/data/kommuner.csv.'
        : 'Kør kommandoen fra projektets rodmappe, eller hent content/ fra git igen (git checkout -- content).',
  }),
  'file-placement': entry<
    | { kind: 'not-a-data-file'; names: readonly string[]; near?: string | undefined; folders: readonly string[] }
    | { kind: 'top-level'; folders: readonly string[] }
    | { kind: 'unknown-folder'; folder: string; near?: string | undefined; folders: readonly string[] }
    | { kind: 'needs-municipality'; noun: string; path: string; ext: string; name?: string | undefined }
    | { kind: 'subfolder'; path: string; name: string }
    | { kind: 'looks-like'; path: string; noun: string; where: string }
  >({
    title: 'Filen ligger forkert',
    message: (p) => {
      switch (p.kind) {
        case 'not-a-data-file':
          return 'Filen er ikke en af sitets datafiler og bliver ikke læst.';
        case 'top-level':
          return 'Filen ligger direkte i content/ og bliver ikke læst.';
        case 'unknown-folder':
          return `Mappen content/${p.folder}/ findes ikke på sitet, så filen bliver ikke læst.`;
        case 'needs-municipality':
          return `${capitalise(p.noun)} skal ligge i en mappe for sin kommune: content/${p.path}/<kommune>/<id>${p.ext}.`;
        case 'subfolder':
          return `Filen ligger i en undermappe af content/${p.path}/. Der må ikke være undermapper her.`;
        case 'looks-like':
          return `Filen ligger i content/${p.path}/, men ligner ${p.noun}.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'not-a-data-file':
          return `Datafilerne i content/data/ er ${p.names.join(', ')}.${p.near ? ` Skulle filen hedde ${p.near}?` : ''} Sider og indsatser hører til i ${p.folders.join(', ')}.`;
        case 'top-level':
          return `Flyt den til den rigtige mappe: ${withData(p.folders)}.`;
        case 'unknown-folder':
          return `${p.near ? `Mente du content/${p.near}/? ` : ''}Mapperne er ${withData(p.folders)}.`;
        case 'needs-municipality':
          return p.name !== undefined
            ? `Flyt filen til content/${p.path}/<kommune>/${p.name}, fx content/${p.path}/aalborg/${p.name}.`
            : 'Flyt filen op, så den ligger direkte i kommunens mappe.';
        case 'subfolder':
          return `Flyt filen til content/${p.path}/${p.name}.`;
        case 'looks-like':
          return `Flyt filen til ${p.where}.`;
      }
    },
  }),
  'file-extension': entry<{ path: string; allowed: readonly string[]; fix: ExtensionFix }>({
    title: 'Forkert filendelse',
    message: ({ path, allowed }) => `Filen har den forkerte endelse og bliver ikke læst. Filer i content/${path}/ skal ende på ${allowed.join(' eller ')}.`,
    hint: ({ fix }) => {
      switch (fix.kind) {
        case 'lowercase':
          return `Endelsen skal skrives med små bogstaver. Omdøb filen til ${fix.renameTo}.`;
        case 'rename':
          return `Omdøb filen til ${fix.renameTo}.`;
        case 'pages-folders':
          return `Sider skrevet i MDX hører til i ${fix.folders.join(', ')}.`;
        case 'records-folders':
          return `YAML-filer hører til i ${fix.folders.join(', ')}.`;
        case 'rename-or-move':
          return `Omdøb filen til ${fix.renameTo}. Eller flyt den.`;
      }
    },
  }),
  'file-name': entry<{ kind: 'not-an-id'; bad: string; renameTo?: string | undefined } | { kind: 'case-twin'; other: string }>({
    title: 'Filnavnet kan ikke bruges som id',
    message: (p) =>
      p.kind === 'not-an-id'
        ? `Filnavnet "${p.bad}" kan ikke bruges som id: det bliver en del af sidens adresse.`
        : `Filen hedder det samme som content/${p.other} bortset fra store og små bogstaver.`,
    hint: (p) =>
      p.kind === 'not-an-id'
        ? `Brug kun små bogstaver a-z, tal og bindestreger (æ→ae, ø→oe, å→aa; ingen mellemrum, store bogstaver eller tegn som # og ?).${p.renameTo ? ` Omdøb filen til ${p.renameTo}.` : ''}`
        : 'Slet eller omdøb den ene fil; på Mac og Windows er de samme fil.',
  }),
  symlink: entry<{ in: 'content' | 'public' }>({
    title: 'Genvej i stedet for fil',
    message: (p) =>
      p.in === 'content'
        ? 'Filen er en genvej (symbolsk link) til en anden fil. Genveje bliver ikke læst.'
        : 'Filen er en genvej (et symbolsk link) til en anden fil, ikke selve filen.',
    hint: (p) => (p.in === 'content' ? 'Læg selve filen her i stedet for en genvej til den.' : 'Læg en kopi af selve filen i public/ i stedet for genvejen.'),
  }),
  'missing-data-file': entry<{ path: string }>({
    title: 'En datafil mangler',
    message: ({ path }) => `Datafilen content/${path} mangler.`,
    hint: 'Hent den fra git igen (git checkout -- content/data), eller opret den.',
  }),
  'wrong-folder': entry<{ folder: string; municipality: string; path: string }>({
    title: 'Filen ligger i en anden kommunes mappe',
    message: ({ folder, municipality }) => `Filen ligger i mappen for ${folder}, men feltet municipality siger ${municipality}.`,
    hint: ({ folder, municipality, path }) => `Flyt filen til content/${path}/${municipality}/, eller ret municipality til ${folder}.`,
  }),
};
