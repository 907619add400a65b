// Entry ids from file paths: the path inside the collection's folder, without its extension.

/** `aalborg/startup-cafeer.yaml` → `aalborg/startup-cafeer`. */
export function idFromPath(entry: string): string {
  return entry.replace(/\.[^/.]+$/, '');
}
