// The web editor's configuration (Sveltia CMS, served as /admin/config.yml), generated at build
// time from the collection registry (src/model/registry.ts) and the editors' JSON Schemas
// (src/editor/json-schemas.ts, with the ids that exist as choices). Nothing here names a field:
// a new collection or field appears in the editor by itself (tests/unit/web-editor-config.test.ts).
import { z } from 'astro/zod';
import { capitalise, type CollectionSpec } from '../../model';
import type { EditorSchema } from '../json-schemas';
import type { JsonSchema } from '../../schemas/json-schema';
import { fieldOf, fieldsOf, type PatternMessages, type SveltiaField } from './fields';

export interface WebEditorOptions {
  /** Sveltia's `backend` block (docs/web-editor.md: GitHub, GitLab, Gitea/Forgejo, test-repo). */
  backend: Record<string, unknown>;
  /** The site's public address, for the "view site" link. */
  siteUrl?: string;
}

/** The backends Sveltia CMS (0.221) runs its editorial workflow on: branch + merge request per change. */
export const WORKFLOW_BACKENDS: readonly string[] = ['github', 'gitlab'];

/** "en indsats" → "Indsats". */
const singular = (noun: string) => capitalise(noun.replace(/^(en|et) /, ''));

/** Strings that break most patterns: the first a pattern refuses yields the pattern's zod message. */
const PROBES = ['', ' ', 'Æ Ø', 'A/B', '-', '!'];

/** Each string pattern of the schemas with the Danish message zod gives when it is not met. */
export function patternMessages(schemas: readonly z.ZodType[]): PatternMessages {
  const messages = new Map<string, string>();
  for (const schema of schemas)
    z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
      override: (ctx) => {
        const pattern = ctx.jsonSchema['pattern'];
        if (typeof pattern !== 'string' || messages.has(pattern)) return;
        const regex = new RegExp(pattern, 'u');
        for (const probe of PROBES) {
          if (regex.test(probe)) continue;
          const result = z.safeParse(ctx.zodSchema, probe);
          if (!result.success && result.error.issues[0]) {
            messages.set(pattern, result.error.issues[0].message);
            return;
          }
        }
      },
    });
  return messages;
}

/** The fields of one entry; page collections get their MDX/Markdown body as the last field. */
function entryFields(item: JsonSchema, spec: CollectionSpec, messages: PatternMessages): SveltiaField[] {
  const fields = fieldsOf(item, messages);
  if (spec.kind !== 'page') return fields;
  return [...fields, { name: 'body', label: 'Tekst', widget: 'markdown', required: spec.bodyRequired === true, hint: 'Sidens tekst.' }];
}

function entryCollection(editor: EditorSchema, spec: CollectionSpec, messages: PatternMessages): Record<string, unknown> {
  const extension = (spec.extensions?.[0] ?? '.yaml').slice(1);
  const fields = entryFields(editor.schema, spec, messages);
  const identifier = fields.find((f) => f.name === 'title') ?? fields.find((f) => f.name === 'name') ?? fields[0]!;
  const slug = spec.editorSlug ?? '{{slug}}';
  return {
    name: spec.name,
    label: capitalise(spec.label),
    label_singular: singular(spec.noun),
    folder: `content/${spec.path}`,
    extension,
    format: spec.kind === 'page' ? 'frontmatter' : 'yaml',
    create: true,
    identifier_field: identifier.name,
    slug,
    // One sub-folder per municipality: content/indsatser/<kommune>/<id>.yaml.
    ...(spec.perMunicipality ? { path: `{{fields.municipality}}/${slug}` } : {}),
    fields,
  };
}

/** Collections kept in one YAML list each (themes, sources, …): one file, edited as a list. */
function listCollection(lists: ReadonlyArray<[EditorSchema, CollectionSpec]>, messages: PatternMessages): Record<string, unknown> {
  return {
    name: 'lister',
    label: 'Lister',
    description: 'Temaer, kilder, spørgsmål, synonymer og ordlisten: én fil hver i content/data/.',
    files: lists.map(([editor, spec]) => ({
      name: spec.name,
      label: capitalise(spec.label),
      file: `content/${spec.path}`,
      format: 'yaml',
      fields: [{ ...fieldOf('items', editor.schema, true, messages), label: capitalise(spec.label), root: true }],
    })),
  };
}

/**
 * The whole configuration. `schemas` are the editor schemas of the current content (ids as
 * choices); `specs` the registry rows. The municipality list (a CSV file) is not edited here.
 */
export function webEditorConfig(schemas: readonly EditorSchema[], specs: readonly CollectionSpec[], options: WebEditorOptions): Record<string, unknown> {
  const messages = patternMessages(specs.map((s) => s.schema));
  const bySpec = schemas.flatMap((editor): Array<[EditorSchema, CollectionSpec]> => {
    const spec = specs.find((s) => s.name === editor.collection);
    return spec ? [[editor, spec]] : [];
  });
  const entries = bySpec.filter(([, s]) => s.kind === 'record' || s.kind === 'page').map(([e, s]) => entryCollection(e, s, messages));
  const lists = bySpec.filter(([, s]) => s.kind === 'list');
  return {
    backend: options.backend,
    // Where Sveltia has its editorial workflow (GitHub, GitLab), every change is its own branch and
    // merge request, checked by the pipeline before it reaches the site. Gitea/Forgejo save to the
    // configured branch instead (docs/webredaktoer-it.md: a work branch, merged by review).
    publish_mode: WORKFLOW_BACKENDS.includes(String(options.backend['name'])) ? 'editorial_workflow' : 'simple',
    // Sveltia requires a media folder; the content has no images of its own today.
    media_folder: 'public/billeder',
    public_folder: '/billeder',
    app_title: 'Vidensbank – webredaktør',
    ...(options.siteUrl ? { site_url: options.siteUrl } : {}),
    // Empty optional fields are left out of the file, as editors leave them out by hand.
    output: { omit_empty_optional_fields: true },
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [...entries, ...(lists.length ? [listCollection(lists, messages)] : [])],
  };
}
