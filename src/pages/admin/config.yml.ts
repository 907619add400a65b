// /admin/config.yml: the web editor's configuration, generated from the registry and the content
// model at build time (src/editor/web-editor/config.ts), so it cannot drift from the schemas.
import type { APIRoute } from 'astro';
import yaml from 'js-yaml';
import { COLLECTIONS } from '../../model/registry';
import { modelOf } from '../../model/session';
import { editorSchemas } from '../../editor/json-schemas';
import { webEditorConfig } from '../../editor/web-editor/config';
import { backendFromEnv } from '../../editor/web-editor/backend';
import { siteConfig } from '../../site.config';

export const GET: APIRoute = () => {
  const { result } = modelOf(process.cwd());
  const config = webEditorConfig(editorSchemas(result.entries), COLLECTIONS, {
    backend: backendFromEnv(),
    siteUrl: siteConfig.siteUrl,
  });
  const text = `# Generated at build time from src/model/registry.ts and src/schemas/ (src/editor/web-editor/config.ts). Do not edit.\n${yaml.dump(config, { lineWidth: -1, noRefs: true })}`;
  return new Response(text, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
