// The Chromium the browser tests fall back to (the one inside @sparticuz/chromium) must
// really start under playwright-core with the flags the tests use, even on a machine that
// has its own Chromium (where the tests would otherwise never exercise it).
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { bundledChromium, chromiumEnv, findChromium } from "./chromium.ts";

describe("Chromium for the tests", () => {
  it("finds one", () => {
    expect(findChromium().executablePath).toMatch(/chrom/i);
  });

  it.runIf(process.platform === "linux" && process.arch === "x64")("the bundled one launches headless, renders and decodes audio", async () => {
    const b = bundledChromium();
    expect(b.source).toBe("@sparticuz/chromium");
    // Served from 127.0.0.1, a secure context, as the kiosk is (microphones need one).
    const server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<p id=p>주문 order</p>"));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const profile = mkdtempSync(join(tmpdir(), "bundled-chromium-"));
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: b.executablePath,
      env: chromiumEnv(b),
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--autoplay-policy=no-user-gesture-required"],
    });
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(await page.textContent("#p")).toBe("주문 order");
      // The voice tests need a microphone (fake device) and mp3 playback.
      const media = await page.evaluate(async () => {
        const s = await navigator.mediaDevices.getUserMedia({ audio: true });
        const tracks = s.getAudioTracks().length;
        s.getTracks().forEach((t) => t.stop());
        return { tracks, mp3: new Audio().canPlayType("audio/mpeg") };
      });
      expect(media).toEqual({ tracks: 1, mp3: "probably" });
    } finally {
      await ctx.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 60_000);
});
