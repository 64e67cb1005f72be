#!/usr/bin/env node
// Prints one closing line "Tests: N passed, N failed, N skipped" from vitest's JSON
// report (written when CI is set; see vitest.config.ts), so CI logs end with a count.
import { readFileSync } from "node:fs";

let report;
try {
  report = JSON.parse(readFileSync("test-results/vitest.json", "utf8"));
} catch {
  console.log("Tests: no vitest report found (the test run stopped before the tests ran)");
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
