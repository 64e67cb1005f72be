// `npm run bench`: runs every bench/*.bench.ts (or those named on the command line),
// each exporting `run(): Promise<BenchResult>`, and writes all figures to
// bench/results/latest.json (plus a dated copy). Timings are medians/percentiles of
// repeated runs, in milliseconds; behaviour is checked by the tests, not here.
// A bench may also export `missedTargets(result)`: the speed goals its figures miss.
// Missing one makes the run exit non-zero, so a regression is not just a number in a
// file nobody reads (the offline turn's p99 once drifted past its goal unseen).
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export type BenchResult = Record<string, number | string | boolean | Record<string, number | string | boolean>>;

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(here)).filter((f) => f.endsWith(".bench.ts") && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
const results: Record<string, BenchResult | { error: string }> = {};
let failed = 0;
const missed: string[] = [];
type BenchModule = { run: () => Promise<BenchResult>; missedTargets?: (result: BenchResult) => string[] };
for (const f of files) {
  const name = f.replace(/\.bench\.ts$/, "");
  process.stdout.write(`bench ${name} ... `);
  try {
    const mod = (await import(pathToFileURL(join(here, f)).href)) as BenchModule;
    const result = await mod.run();
    results[name] = result;
    console.log("done");
    console.log(JSON.stringify(result, null, 2));
    for (const m of mod.missedTargets?.(result) ?? []) missed.push(`${name}: ${m}`);
  } catch (err) {
    failed++;
    results[name] = { error: (err as Error).message };
    console.log(`FAILED: ${(err as Error).message}`);
  }
}
const out = { at: new Date().toISOString(), node: process.version, cpus: (await import("node:os")).cpus().length, missedTargets: missed, results };
await mkdir(join(here, "results"), { recursive: true });
await writeFile(join(here, "results", "latest.json"), JSON.stringify(out, null, 2));
console.log(`wrote bench/results/latest.json (${files.length} benches, ${failed} failed, ${missed.length} targets missed)`);
for (const m of missed) console.log(`MISSED TARGET ${m}`);
process.exitCode = failed > 0 || missed.length > 0 ? 1 : 0;
