#!/usr/bin/env bash
# The end-to-end tests' servers: the journal built twice, as production and as a preview, from the real
# content plus e2e/fixtures/posts (a draft and a scheduled post), each served by `next start` on loopback.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
port=${E2E_PORT:-4873}
preview_port=${E2E_PREVIEW_PORT:-4874}

content="$root/.tmp/e2e-content"
rm -rf "$content"
mkdir -p "$content"
cp -R content/. "$content/"
cp -R e2e/fixtures/posts/. "$content/posts/"
export CONTENT_DIR="$content"

SITE_ENV=production NEXT_DIST_DIR=.next/e2e-production npm run build
SITE_ENV=preview NEXT_DIST_DIR=.next/e2e-preview npm run build

NEXT_DIST_DIR=.next/e2e-preview npx next start -p "$preview_port" -H 127.0.0.1 &
preview_pid=$!
# Playwright waits for the production URL only: make sure the preview answers first.
node -e '
const url = process.argv[1];
const deadline = Date.now() + 60_000;
const poll = () => fetch(url).then(() => process.exit(0), () => Date.now() > deadline ? process.exit(1) : setTimeout(poll, 250));
poll();' "http://127.0.0.1:$preview_port/"
# A server already on that port would answer too: ours must still be running.
kill -0 "$preview_pid"
NEXT_DIST_DIR=.next/e2e-production exec npx next start -p "$port" -H 127.0.0.1
