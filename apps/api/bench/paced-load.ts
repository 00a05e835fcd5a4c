import type { Result } from 'autocannon';
import { Agent, request } from 'node:http';

/**
 * An open-loop load: one POST every 1/rate s for `seconds`, on up to `connections` kept-alive
 * sockets, whether or not earlier answers have come (autocannon's `overallRate` sends each
 * second's quota in a burst, and a closed loop waits for answers, so neither shows how long a
 * request waits behind other work at a steady load). Latency is measured from the moment a
 * request was due, so a request that waited for a free socket counts its wait.
 */
export async function pacedLoad(options: {
  url: string;
  headers: Record<string, string>;
  body: string;
  rate: number;
  seconds: number;
  connections: number;
}): Promise<Result> {
  const { rate, seconds } = options;
  const target = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const body = Buffer.from(options.body);
  const headers = { ...options.headers, 'content-length': String(body.length) };
  const latencies: number[] = [];
  let failed = 0;
  const send = (dueAt: number) =>
    new Promise<void>((resolve) => {
      const req = request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode === 200) latencies.push(performance.now() - dueAt);
            else failed += 1;
            resolve();
          });
        },
      );
      for (const [name, value] of Object.entries(headers)) req.setHeader(name, value);
      req.on('error', () => {
        failed += 1;
        resolve();
      });
      req.end(body);
    });
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const dueAt = start + (i * 1000) / rate;
    const wait = dueAt - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(send(dueAt));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    latency: {
      p50: at(0.5),
      p90: at(0.9),
      p95: at(0.95),
      p97_5: at(0.975),
      p99: at(0.99),
      average: latencies.reduce((sum, l) => sum + l, 0) / Math.max(1, latencies.length),
      max: latencies.at(-1) ?? 0,
    },
    requests: { average: latencies.length / elapsed, total: latencies.length },
    non2xx: 0,
    errors: failed,
    duration: elapsed,
  };
}
