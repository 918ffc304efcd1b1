/**
 * Load on one page of a running server, by autocannon (the only importer of it): requests per second, latency
 * percentiles and failures. Measures the server and this machine together; figures are for comparing runs.
 */
import autocannon from "autocannon";

export type LoadReport = {
  url: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: { mean: number; p50: number };
  latencyMs: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
};

export async function measureLoad(url: string, { connections = 10, seconds = 10 } = {}): Promise<LoadReport> {
  const result = await autocannon({ url, connections, duration: seconds, headers: { "accept-encoding": "gzip" } });
  return {
    url,
    connections,
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: { mean: result.requests.mean, p50: result.requests.p50 },
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** A run passes when every request answered 2xx: no errors, timeouts or other statuses. */
export const loadFailures = (report: LoadReport) => report.errors + report.timeouts + report.non2xx;
