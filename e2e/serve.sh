#!/usr/bin/env bash
# The end-to-end tests' servers, on loopback, from the real content plus e2e/fixtures/posts (a draft and a
# scheduled post), both built in one scratch copy of the project (.tmp/e2e-build), never in the checkout:
# - a preview, as a static export under a base path (what .github/workflows/preview.yml deploys), three posts
#   to an index page so that its index runs over three pages (e2e/pagination.spec.ts), served by a plain
#   static file server (`serve`) with the headers a static host is given (lib/deploy/http-headers.mjs);
# - production, served by `next start` (its headers from next.config.mjs).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
port=${E2E_PORT:-4873}
preview_port=${E2E_PREVIEW_PORT:-$((port + 1))}
preview_base=${E2E_PREVIEW_BASE_PATH:-/previews/e2e-preview}

# The export builds in the copy's .next; production in its own folder beside it. Their caches are kept from
# the previous run (CI restores them).
copy=$(npx tsx e2e/project-copy.ts e2e-build .next/cache build-production/cache)
cp -R e2e/fixtures/posts/. "$copy/content/posts/"
# The figures fixture's screenshots and animation, drawn into the copy (never committed at their size).
npx tsx e2e/fixtures/images.ts "$copy/content/posts/figures-in-a-post"
cd "$copy"
static_root="$copy/.tmp/e2e-static"
SITE_ENV=preview BASE_PATH="$preview_base" POSTS_PER_PAGE=3 EXPORT_DIR="$static_root$preview_base" npm run export
# A static host answers unknown paths with the 404 page at its root.
cp "$static_root$preview_base/404.html" "$static_root/404.html"
npx tsx -e 'import("./lib/deploy/http-headers.mjs").then((h) => console.log(JSON.stringify(h.serveConfig({ indexable: false }))))' \
  >"$copy/.tmp/e2e-serve.json"

SITE_ENV=production NEXT_DIST_DIR=build-production npm run build

# Playwright waits for the production URL only: make sure the preview answers first.
wait_until_ours() {
  local pid=$1 url=$2
  node -e '
const url = process.argv[1];
const deadline = Date.now() + 60_000;
const poll = () => fetch(url).then(() => process.exit(0), () => Date.now() > deadline ? process.exit(1) : setTimeout(poll, 250));
poll();' "$url"
  # A server already on that port would answer too: ours must still be running.
  kill -0 "$pid"
}

NO_UPDATE_CHECK=1 npx serve --config "$copy/.tmp/e2e-serve.json" --listen "tcp://127.0.0.1:$preview_port" \
  --no-clipboard --no-port-switching --no-request-logging "$static_root" &
preview_pid=$!
wait_until_ours "$preview_pid" "http://127.0.0.1:$preview_port$preview_base"
NEXT_DIST_DIR=build-production exec npx next start -p "$port" -H 127.0.0.1
