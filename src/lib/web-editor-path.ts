// Where the web editor lives in the built site (written by src/integrations/web-editor.ts). Not
// for readers: robots.txt disallows it, the offline copy and the search index leave it out, and it
// has its own CSP (deploy/admin-headers.json).
export const WEB_EDITOR_FOLDER = 'admin';

/** A built file (relative to the output folder) that belongs to the web editor. */
export function isWebEditorFile(file: string): boolean {
  return file.startsWith(`${WEB_EDITOR_FOLDER}/`);
}
