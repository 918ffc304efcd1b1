// The build's card step, run after `next build` beside the search index (`npm run build`): draws the social card
// of the journal and of every post the build published into the build's static files (lib/deploy/build-output.ts,
// served at /_next/static/cards/), one drawing process a core (one in all when few are new), each card served from the build
// cache when it was drawn before. Then every prerendered page's card address is looked up: a page pointing at a
// card that was not drawn fails the build. Needs the build's NODE_ENV and JOURNAL_CARD_VERSION (scripts/build.ts sets both).
import { fork } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { buildDir, prerenderedPagesDir, staticFileDirs } from "../lib/deploy/build-output";
import { getPosts } from "../lib/content/collection";
import { CARD_VERSION_ENV, cardFolder } from "../lib/publish/card-address";
import { cardsOf, missingCards, shareOf } from "../lib/publish/card-files";
import { drawSocialCard, isCardDrawn } from "../lib/publish/social-card";

const SHARD_ENV = "JOURNAL_CARD_SHARD";
// Below this many cards to draw one process does all the work: starting another costs more than it saves. A card
// the build cache holds is only copied.
const CARDS_PER_PROCESS = 64;

const version = process.env[CARD_VERSION_ENV];
if (!version || process.env.NODE_ENV !== "production") {
  console.error(`cards: run by \`npm run build\`, which sets ${CARD_VERSION_ENV} and NODE_ENV=production.`);
  process.exit(1);
}
const distDir = buildDir();
const outputs = staticFileDirs(cardFolder, distDir);
const cards = [...cardsOf(getPosts(), version)];

async function draw(share: typeof cards): Promise<void> {
  for (const [file, card] of share) {
    const png = await drawSocialCard(card);
    for (const output of outputs) writeFileSync(join(output, file), png);
  }
}

function drawInProcesses(count: number): Promise<void> {
  const runs = Array.from(
    { length: count },
    (_, index) =>
      new Promise<void>((resolve, reject) => {
        const child = fork(process.argv[1] as string, [], {
          env: { ...process.env, [SHARD_ENV]: `${index}/${count}` },
        });
        child.on("error", reject);
        child.on("exit", (code, signal) =>
          code === 0
            ? resolve()
            : reject(new Error(`drawing process ${index + 1} of ${count} stopped (${signal ?? code})`)),
        );
      }),
  );
  return Promise.all(runs).then(() => undefined);
}

const shard = process.env[SHARD_ENV];
if (shard) {
  const [index, count] = shard.split("/").map(Number) as [number, number];
  await draw(shareOf(cards, index, count));
} else {
  const started = performance.now();
  for (const output of outputs) {
    rmSync(output, { recursive: true, force: true });
    mkdirSync(output, { recursive: true });
  }
  const toDraw = cards.filter(([, card]) => !isCardDrawn(card)).length;
  const processes = Math.max(1, Math.min(availableParallelism(), Math.floor(toDraw / CARDS_PER_PROCESS)));
  try {
    if (processes === 1) await draw(cards);
    else await drawInProcesses(processes);
  } catch (error) {
    console.error(`cards: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const missing = missingCards(prerenderedPagesDir(distDir), new Set(cards.map(([file]) => file)));
  if (missing.length > 0) {
    const list = missing.slice(0, 10).map(({ page, card }) => `  ${page}: ${card}`);
    console.error(`cards: ${missing.length} page(s) point at a card this build did not draw:\n${list.join("\n")}`);
    process.exit(1);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Social cards: ${cards.length} in ${seconds}s on ${processes} process(es) → ${outputs.join(", ")}`);
}
