#!/usr/bin/env bash
# Copies the built site (dist/) to your own nginx host over SSH, into the folder deploy/nginx.conf
# serves (its `root`, /srv/vidensbank/dist by default). Used by the `nginx` jobs of both pipelines
# (.gitlab-ci.yml, .github/workflows/udgiv.yml); docs/publicering.md says how to set it up.
#   NGINX_HOST, NGINX_USER   the server and the user that may write to NGINX_PATH
#   NGINX_PATH               the folder nginx serves, e.g. /srv/vidensbank/dist
#   NGINX_SSH_KEY            that user's private SSH key: the key itself or a file holding it
#   NGINX_KNOWN_HOSTS        the server's line from `ssh-keyscan <host>`: the text or a file
# New files are put in place together at the end (--delay-updates) and old ones removed after
# that (--delete-delay), so readers never get a page whose scripts or search files are missing.
set -euo pipefail
: "${NGINX_HOST:?NGINX_HOST is not set}" "${NGINX_USER:?NGINX_USER is not set}" "${NGINX_PATH:?NGINX_PATH is not set}"
: "${NGINX_SSH_KEY:?NGINX_SSH_KEY is not set}" "${NGINX_KNOWN_HOSTS:?NGINX_KNOWN_HOSTS is not set}"
[ -f dist/index.html ] || { echo "dist/ has no index.html: build the site first (npm run build)." >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
as_file() { if [ -f "$1" ]; then cat "$1"; else printf '%s\n' "$1"; fi; }
as_file "$NGINX_SSH_KEY" > "$work/key"
as_file "$NGINX_KNOWN_HOSTS" > "$work/known_hosts"
chmod 600 "$work/key"

command -v rsync >/dev/null || { apt-get update -qq && apt-get install -y -qq rsync openssh-client >/dev/null; }
rsync --recursive --links --times --compress --checksum --delay-updates --delete-delay \
  -e "ssh -i $work/key -o UserKnownHostsFile=$work/known_hosts -o StrictHostKeyChecking=yes -o IdentitiesOnly=yes" \
  dist/ "$NGINX_USER@$NGINX_HOST:${NGINX_PATH%/}/"
echo "Sitet er kopieret til $NGINX_HOST:$NGINX_PATH."
