import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["shared/**/*.test.ts", "electron/**/*.test.ts", "renderer/**/*.test.{ts,tsx}", "e2e/**/*.test.ts", "test-support/**/*.test.ts", "bench/**/*.test.ts", "lint/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // In CI a JSON report feeds the closing count line (scripts/test-summary.js).
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: process.env.CI ? { json: "test-results/vitest.json" } : undefined,
  },
});
