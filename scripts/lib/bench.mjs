// A small runtime benchmark harness: each case runs in timed batches after a warm-up, and the
// median batch rate is reported, so one slow batch (a GC pause, the other core busy) does not decide.

/**
 * @param {string} title
 * @param {{ name: string, group?: string, fn: () => unknown }[]} cases
 * @param {{ batchMs?: number, batches?: number }} [options]
 */
export function runBenchmarks(title, cases, { batchMs = 200, batches = 7 } = {}) {
  const results = [];
  for (const benchmark of cases) {
    let sink;
    const warmUntil = performance.now() + batchMs;
    let perBatch = 1;
    while (performance.now() < warmUntil) {
      for (let i = 0; i < perBatch; i += 1) sink = benchmark.fn();
      perBatch = Math.min(perBatch * 2, 1 << 20);
    }
    const rates = [];
    for (let batch = 0; batch < batches; batch += 1) {
      let count = 0;
      const start = performance.now();
      let now = start;
      while (now - start < batchMs) {
        for (let i = 0; i < 64; i += 1) sink = benchmark.fn();
        count += 64;
        now = performance.now();
      }
      rates.push((count * 1000) / (now - start));
    }
    rates.sort((a, b) => a - b);
    globalThis.__benchSink = sink;
    results.push({ ...benchmark, opsPerSecond: rates[Math.floor(rates.length / 2)] });
  }
  const width = Math.max(...results.map((result) => result.name.length));
  console.log(`\n${title}`);
  for (const result of results) {
    const rate =
      result.opsPerSecond >= 1e6
        ? `${(result.opsPerSecond / 1e6).toFixed(2)} M ops/s`
        : `${(result.opsPerSecond / 1e3).toFixed(1)} k ops/s`;
    const perOp = `${(1e6 / result.opsPerSecond).toFixed(2)} µs/op`;
    console.log(
      `  ${result.group === 'peer' ? 'peer ' : '     '}${result.name.padEnd(width)}  ${rate.padStart(14)}  ${perOp.padStart(14)}`,
    );
  }
  return results;
}
