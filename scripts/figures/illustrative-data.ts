/**
 * The data behind the posts' charts, computed rather than typed in: each chart's caption says it is
 * illustrative, and this module is how it was made. Seeded, so the same code always yields the same files.
 */

import { seededRandom } from "../seeded-random";

export type DataFile = { file: string; csv: string };

/** Every chart's data file, as a path under content/posts/ and its CSV text. */
export function illustrativeData(): DataFile[] {
  return [
    { file: "zero-downtime-elasticsearch-migrations/float-error.csv", csv: floatError() },
    { file: "resilient-elasticsearch-based-search-and-analytics/authorization-rate.csv", csv: authorizationRate() },
    { file: "the-secret-life-of-a-transaction/days-to-payout.csv", csv: daysToPayout() },
    { file: "automatons-for-integrity/test-coverage.csv", csv: testCoverage() },
  ];
}

function csvOf(header: string[], rows: Array<Array<string | number>>): string {
  return [header, ...rows].map((row) => row.join(",")).join("\n") + "\n";
}

/**
 * The largest error, in cents, of amounts stored as a 32-bit float (Elasticsearch's `float`) and as a
 * `scaled_float` with factor 1000, among random whole-cent amounts in each 5,000 EUR band.
 */
function floatError(): string {
  const random = seededRandom(2017);
  const rows: number[][] = [];
  for (let top = 5_000; top <= 500_000; top += 5_000) {
    let asFloat = 0;
    let asScaled = 0;
    for (let i = 0; i < 2_000; i++) {
      const cents = (top - 5_000) * 100 + Math.floor(random() * 500_000);
      const exact = cents / 100;
      asFloat = Math.max(asFloat, Math.abs(Math.fround(exact) - exact) * 100);
      asScaled = Math.max(asScaled, Math.abs(Math.round(exact * 1000) / 1000 - exact) * 100);
    }
    rows.push([top, Number(asFloat.toFixed(4)), Number(asScaled.toFixed(4)), 0.5]);
  }
  return csvOf(["amount", "float (32 bits)", "scaled_float", "Half a cent"], rows);
}

type Outcome = "authorized" | "declined" | "blocked" | "error";

/**
 * A month of one merchant's payments, each going through fraud rules, then the acquirer, then the issuer,
 * counted per day as the post's query counts them. On the 14th an acquirer times out for hours; from the
 * 19th the fraud rules are stricter. The issuer's behaviour never changes.
 */
function authorizationRate(): string {
  const random = seededRandom(24);
  const rows: Array<Array<string | number>> = [];
  for (let day = 1; day <= 31; day++) {
    const date = new Date(Date.UTC(2016, 11, day));
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    const volume = Math.round((weekend ? 1900 : 2400) * (0.9 + 0.2 * random()));
    const pError = day === 14 ? 0.2 : 0.008;
    const pBlock = day >= 19 ? 0.045 : 0.015;
    const count: Record<Outcome, number> = { authorized: 0, declined: 0, blocked: 0, error: 0 };
    for (let i = 0; i < volume; i++) {
      const outcome: Outcome =
        random() < pBlock ? "blocked" : random() < pError ? "error" : random() < 0.11 ? "declined" : "authorized";
      count[outcome]++;
    }
    const percent = (part: number, whole: number) => Number(((100 * part) / whole).toFixed(1));
    rows.push([
      date.toISOString().slice(0, 10),
      percent(count.authorized, count.authorized + count.declined),
      percent(count.authorized, volume),
    ]);
  }
  return csvOf(["day", "Issuer declines only", "Every failure as a decline"], rows);
}

/**
 * Days from authorization to each later step for a payment captured at once, authorized on a Tuesday and
 * on a Friday, under one common arrangement: the acquirer's batch leaves at the end of each business day
 * and clears on the next, banks settle a business day after clearing, the merchant is paid a business
 * day after that.
 */
function daysToPayout(): string {
  const nextBusinessDay = (day: Date) => {
    const next = new Date(day);
    do next.setUTCDate(next.getUTCDate() + 1);
    while (next.getUTCDay() === 0 || next.getUTCDay() === 6);
    return next;
  };
  const steps = ["Cleared (on the statement)", "Settled between banks", "Paid to the merchant"];
  const daysAfter = (authorized: Date) => {
    const days = [0];
    let day = authorized;
    for (let i = 0; i < steps.length; i++) {
      day = nextBusinessDay(day);
      days.push(Math.round((day.getTime() - authorized.getTime()) / 86_400_000));
    }
    return days;
  };
  const tuesday = daysAfter(new Date(Date.UTC(2016, 10, 29)));
  const friday = daysAfter(new Date(Date.UTC(2016, 11, 2)));
  const rows = ["Authorized and captured", ...steps].map((step, i) => [step, tuesday[i] ?? 0, friday[i] ?? 0]);
  return csvOf(["step", "Paid on a Tuesday", "Paid on a Friday"], rows);
}

/** The automatons post's transition table: state → event → possible targets. */
const transitions: Record<string, Record<string, string[]>> = {
  pending: { authorize: ["authorized"], fail: ["failed"] },
  authorized: { capture: ["captured"], void: ["voided"] },
  captured: { refund: ["partially_refunded", "refunded"], chargeback: ["charged_back"] },
  partially_refunded: { refund: ["partially_refunded", "refunded"], chargeback: ["charged_back"] },
  charged_back: { representment_won: ["chargeback_reversed"] },
  refunded: {},
  voided: {},
  failed: {},
  chargeback_reversed: {},
};

/** What the generated test covers when its walks from `pending` may be at most d steps long. */
function testCoverage(): string {
  const rows: number[][] = [];
  let ends: string[][] = [["pending"]];
  const edges = new Set<string>();
  const states = new Set(["pending"]);
  let walks = 1;
  for (let depth = 0; depth <= Object.keys(transitions).length; depth++) {
    if (depth > 0) {
      ends = ends.flatMap((walk) => {
        const from = walk[walk.length - 1] ?? "";
        return Object.entries(transitions[from] ?? {}).flatMap(([event, targets]) =>
          targets.map((target) => {
            edges.add(`${from} ${event} ${target}`);
            states.add(target);
            return [...walk, target];
          }),
        );
      });
      walks += ends.length;
    }
    rows.push([depth, edges.size, states.size, walks]);
  }
  return csvOf(["depth", "Edges exercised", "States reached", "Walks"], rows);
}
