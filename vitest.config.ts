import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["shared/**/*.test.ts", "electron/**/*.test.ts", "renderer/**/*.test.{ts,tsx}", "e2e/**/*.test.ts", "test-support/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // e2e files start their own server and browser; keep them from running in parallel.
    fileParallelism: true,
    pool: "forks",
  },
});
