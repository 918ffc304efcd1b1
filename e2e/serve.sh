#!/usr/bin/env bash
# The end-to-end tests' servers, on loopback, from the real content plus e2e/fixtures/posts (a draft and a
# scheduled post):
# - production, served by `next start` (its headers from next.config.mjs);
# - a preview, as a static export under a base path (what .github/workflows/preview.yml deploys), served by
#   a plain static file server (`serve`) with the headers a static host is given (lib/deploy/http-headers.mjs);
# - production again from a synthetic corpus longer than one index page (e2e/pagination.spec.ts).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
port=${E2E_PORT:-4873}
preview_port=${E2E_PREVIEW_PORT:-4874}
paged_port=${E2E_PAGED_PORT:-$((port + 2))}

content="$root/.tmp/e2e-content"
rm -rf "$content"
mkdir -p "$content"
cp -R content/. "$content/"
cp -R e2e/fixtures/posts/. "$content/posts/"
# The figures fixture's screenshots and animation, drawn into the copy (never committed at their size).
npx tsx e2e/fixtures/images.ts "$content/posts/figures-in-a-post"
export CONTENT_DIR="$content"

# First: a static export builds in .next itself, which clears what is inside it: the other builds' caches
# (restored by CI's actions/cache) wait aside meanwhile.
aside="$root/.tmp/e2e-build-caches"
rm -rf "$aside"
for build in e2e-production e2e-paged; do
  if [ -d ".next/$build/cache" ]; then mkdir -p "$aside/$build" && mv ".next/$build/cache" "$aside/$build/"; fi
done
static_root="$root/.tmp/e2e-static"
preview_base=${E2E_PREVIEW_BASE_PATH:-/previews/e2e-preview}
rm -rf "$static_root"
SITE_ENV=preview BASE_PATH="$preview_base" EXPORT_DIR="$static_root$preview_base" npm run export
# A static host answers unknown paths with the 404 page at its root.
cp "$static_root$preview_base/404.html" "$static_root/404.html"
npx tsx -e 'import("./lib/deploy/http-headers.mjs").then((h) => console.log(JSON.stringify(h.serveConfig({ indexable: false }))))' \
  >"$root/.tmp/e2e-serve.json"

for build in e2e-production e2e-paged; do
  if [ -d "$aside/$build/cache" ]; then mkdir -p ".next/$build" && mv "$aside/$build/cache" ".next/$build/"; fi
done
# 25 generated posts (the real authors and tags), written under .tmp, never into content/. Built before production:
# a build's image step leaves public/_media/ with its own content's images, which `next start` serves as it finds them.
paged_content=$(npx tsx scripts/synthetic-content.ts "$root/.tmp/e2e-paged-content" 25)
CONTENT_DIR="$paged_content" SITE_ENV=production NEXT_DIST_DIR=.next/e2e-paged npm run build
SITE_ENV=production NEXT_DIST_DIR=.next/e2e-production npm run build

# Leave the generated collection as the real content, as a developer expects it.
CONTENT_DIR="$root/content" npx contentlayer2 build

# Playwright waits for the production URL only: make sure the other servers answer first.
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

NO_UPDATE_CHECK=1 npx serve --config "$root/.tmp/e2e-serve.json" --listen "tcp://127.0.0.1:$preview_port" \
  --no-clipboard --no-port-switching --no-request-logging "$static_root" &
preview_pid=$!
NEXT_DIST_DIR=.next/e2e-paged npx next start -p "$paged_port" -H 127.0.0.1 &
paged_pid=$!
wait_until_ours "$preview_pid" "http://127.0.0.1:$preview_port$preview_base"
wait_until_ours "$paged_pid" "http://127.0.0.1:$paged_port/"
NEXT_DIST_DIR=.next/e2e-production exec npx next start -p "$port" -H 127.0.0.1
