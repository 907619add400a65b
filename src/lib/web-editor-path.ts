// Where the web editor lives in the built site (src/pages/admin/). Not for readers: robots.txt
// disallows it, the offline copy and the search index leave it out, and it has its own CSP
// (deploy/admin-headers.json).
export const WEB_EDITOR_FOLDER = 'admin';
