// The allowed directions between the folders of src/ (docs/architecture.md draws them): each entry
// of src/ lists the other entries it may import from. eslint.config.mjs turns this table into
// `import-x/no-restricted-paths` zones (type-only imports included), and `fileReferences` (below)
// holds files named by `new URL('…', import.meta.url)` to it; tests/unit/layers.test.ts proves the
// rule rejects a wrong import, that every entry of src/ has a row, and that no import in src/
// closes a circle between folders.

import path from 'node:path';

/** @type {Record<string, readonly string[]>} */
export const ALLOWED_IMPORTS = {
  // The bottom: zod schemas per concept, and the pure helpers they share with the model.
  schemas: [],
  // The content model: parsing, the check's phases, rules, problems, relations, the checked
  // session. One door (src/model/index.ts); imports only the schemas.
  model: ['schemas'],
  // Build steps.
  markdown: ['model', 'schemas'],
  search: [],
  offline: [],
  // The site's queries and views (getSite, URLs, formatting, view models, map, feed, recent).
  lib: ['model', 'schemas', 'markdown', 'site.config.ts'],
  opendata: ['lib', 'model', 'schemas', 'site.config.ts'],
  loaders: ['model', 'opendata', 'editor'],
  // The editors' commands: scaffolding, templates, summaries, editor schemas.
  editor: ['model', 'schemas', 'opendata'],
  // (and the browser script the dev server injects: src/integrations/dev-content-errors.ts)
  integrations: ['model', 'editor', 'lib', 'offline', 'search', 'opendata', 'scripts', 'site.config.ts'],
  // Browser scripts.
  scripts: ['search'],
  // Astro's pages and their parts.
  components: ['lib', 'model', 'schemas', 'opendata', 'data', 'site.config.ts'],
  layouts: ['components', 'lib', 'model', 'schemas', 'scripts', 'styles', 'site.config.ts'],
  pages: ['components', 'layouts', 'lib', 'model', 'schemas', 'opendata', 'scripts', 'styles', 'site.config.ts'],
  'content.config.ts': ['model', 'loaders'],
  // Files without imports of their own.
  'site.config.ts': [],
  'env.d.ts': [],
  data: [],
  styles: [],
};

/** The model's door: outside src/model/, only this file of the model may be imported. */
export const MODEL_DOOR = 'index.ts';

/** `import-x/no-restricted-paths` zones for the table above, relative to the project root. */
export function layerZones() {
  const entries = Object.keys(ALLOWED_IMPORTS);
  const zones = entries.flatMap((entry) => {
    const allowed = new Set([entry, ...ALLOWED_IMPORTS[entry]]);
    const from = entries.filter((other) => !allowed.has(other)).map((other) => `./src/${other}`);
    if (from.length === 0) return [];
    return [
      {
        target: `./src/${entry}`,
        from,
        message: `src/${entry} may import only from ${[...allowed].map((a) => `src/${a}`).join(', ')} (eslint.layers.mjs, docs/architecture.md).`,
      },
    ];
  });
  zones.push({
    target: [...entries.filter((e) => e !== 'model').map((e) => `./src/${e}`), './scripts'],
    from: './src/model',
    except: [`./${MODEL_DOOR}`],
    message: `Import the content model through its door, src/model/${MODEL_DOOR} (\`from '…/model'\`), not a file inside it.`,
  });
  return zones;
}

const ROOT_PATH = '/^\\x2F/';
const FOLLOW = 'so that the allowed directions (eslint.layers.mjs) can be checked';

/**
 * Import spellings the zones above cannot follow, refused in src/ and scripts/ (`no-restricted-syntax`),
 * so that every import is one they check: a path that is not a fixed text, Vite's
 * `import.meta.glob`, a path from the project root (`/src/…`, which Vite resolves and the lint's
 * resolver does not), a type written as `import('…').Name`, a require that is not `require`
 * with a fixed path, and a component's `<script src>` that Astro bundles. (A component's
 * `<script>` block is linted too: eslint.config.mjs.)
 */
export const UNFOLLOWABLE_IMPORTS = [
  { selector: "ImportExpression[source.type!='Literal']", message: `Import with a fixed path ('../x'), ${FOLLOW}.` },
  {
    selector: "MemberExpression[object.type='MetaProperty'][property.name='glob']",
    message: `Import each file by its own path instead of import.meta.glob, ${FOLLOW}.`,
  },
  ...['ImportDeclaration', 'ExportAllDeclaration', 'ExportNamedDeclaration', 'ImportExpression'].map((node) => ({
    selector: `${node}[source.value=${ROOT_PATH}]`,
    message: `Import with a relative path ('../x'), not from the project root, ${FOLLOW}.`,
  })),
  {
    selector: `TSExternalModuleReference[expression.value=${ROOT_PATH}]`,
    message: `Import with a relative path ('../x'), not from the project root, ${FOLLOW}.`,
  },
  { selector: 'TSImportType', message: `Write \`import type { Name } from '…'\` at the top instead of import('…').Name, ${FOLLOW}.` },
  // Node's own loader: the zones follow `require('…')` with a fixed path, so a require made with
  // createRequire must be called `require`, and take fixed paths too.
  { selector: "CallExpression[callee.name='require'][arguments.0.type!='Literal']", message: `Require with a fixed path ('../x'), ${FOLLOW}.` },
  {
    selector: "CallExpression[callee.name='createRequire']:not(VariableDeclarator[id.name='require'] > CallExpression)",
    message: `Write \`const require = createRequire(import.meta.url)\`, ${FOLLOW}.`,
  },
  {
    selector:
      "ImportSpecifier[imported.name='createRequire'][local.name!='createRequire'], MemberExpression[property.name=/^(createRequire|getBuiltinModule)$/]",
    message: `Import createRequire by its name (\`import { createRequire } from 'node:module'\`), ${FOLLOW}.`,
  },
  // In a component, Astro bundles `<script src="../x.ts">` as it does an import (unless is:inline).
  {
    selector: "JSXOpeningElement[name.name='script']:not(:has(JSXNamespacedName[name.name='inline'])) > JSXAttribute[name.name='src']",
    message: `Import the script in a <script> block (\`<script>import '../scripts/x.ts';</script>\`) instead of <script src>, ${FOLLOW}.`,
  },
];

const SRC = path.join(import.meta.dirname, 'src');

/** The entry of src/ a path is in (`model` for src/model/rules/x.ts), or undefined outside src/. */
function entryOf(file) {
  const relative = path.relative(SRC, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative.split(path.sep)[0];
}

/** `new URL(<path>, import.meta.url)`: a file named by its path, relative to this module. */
function isFileReference(node) {
  const base = node.arguments[1];
  return node.callee.type === 'Identifier' && node.callee.name === 'URL' && base?.type === 'MemberExpression' && base.object.type === 'MetaProperty';
}

/**
 * A file of src/ named by `new URL('../x.ts', import.meta.url)` (a script the dev server injects, a
 * template read as text) is a reference the zones above cannot see, since it is not an import. This
 * rule holds it to the same table and the same door. Hand-written: import-x follows imports only.
 */
export const fileReferences = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      notFixed: `Name the file with a fixed path (new URL('../x', import.meta.url)), ${FOLLOW}.`,
      direction: 'src/{{from}} may refer only to files of {{allowed}} (eslint.layers.mjs, docs/architecture.md): {{path}}.',
      door: `Refer to the content model through its door, src/model/${MODEL_DOOR}, not to a file inside it: {{path}}.`,
    },
  },
  create(context) {
    return {
      NewExpression(node) {
        if (!isFileReference(node)) return;
        const [spec] = node.arguments;
        if (spec.type !== 'Literal' || typeof spec.value !== 'string') return context.report({ node, messageId: 'notFixed' });
        if (!spec.value.startsWith('.')) return;
        const file = context.physicalFilename;
        const target = path.resolve(path.dirname(file), spec.value);
        // `from` is undefined for scripts/, which may reach the model through its door only.
        const from = entryOf(file);
        const to = entryOf(target);
        if (!to || to === from) return;
        if (from && !ALLOWED_IMPORTS[from]?.includes(to)) {
          const allowed = [from, ...(ALLOWED_IMPORTS[from] ?? [])].map((a) => `src/${a}`).join(', ');
          return context.report({ node, messageId: 'direction', data: { from, allowed, path: spec.value } });
        }
        if (to === 'model' && path.relative(path.join(SRC, 'model'), target) !== MODEL_DOOR) {
          context.report({ node, messageId: 'door', data: { path: spec.value } });
        }
      },
    };
  },
};
