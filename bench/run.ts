// `npm run bench`: runs every bench/*.bench.ts (or those named on the command line),
// each exporting `run(): Promise<BenchResult>`, and writes all figures to
// bench/results/latest.json (plus a dated copy). Timings are medians/percentiles of
// repeated runs, in milliseconds; behaviour is checked by the tests, not here.
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export type BenchResult = Record<string, number | string | boolean | Record<string, number | string | boolean>>;

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(here)).filter((f) => f.endsWith(".bench.ts") && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
const results: Record<string, BenchResult | { error: string }> = {};
let failed = 0;
for (const f of files) {
  const name = f.replace(/\.bench\.ts$/, "");
  process.stdout.write(`bench ${name} ... `);
  try {
    const mod = (await import(pathToFileURL(join(here, f)).href)) as { run: () => Promise<BenchResult> };
    results[name] = await mod.run();
    console.log("done");
    console.log(JSON.stringify(results[name], null, 2));
  } catch (err) {
    failed++;
    results[name] = { error: (err as Error).message };
    console.log(`FAILED: ${(err as Error).message}`);
  }
}
const out = { at: new Date().toISOString(), node: process.version, cpus: (await import("node:os")).cpus().length, results };
await mkdir(join(here, "results"), { recursive: true });
await writeFile(join(here, "results", "latest.json"), JSON.stringify(out, null, 2));
console.log(`wrote bench/results/latest.json (${files.length} benches, ${failed} failed)`);
process.exitCode = failed > 0 ? 1 : 0;
