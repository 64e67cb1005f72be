// Menu editor costs on the demo menu: publishing (validate, write into the
// data folder, hand to the holder, keep in the history), the offline engine rebuilt
// for the new menu (what a customer waits for after a publish), the spreadsheet round
// trip (XLSX export, read back, validate, diff), and a phone photo shrunk to a WebP.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import type { BenchResult } from "./run.ts";
import { summarize } from "./stats.ts";
import { MenuAdmin } from "../electron/core/admin/menu-admin.ts";
import { MenuEditor } from "../electron/core/admin/menu-editor/editor.ts";
import { MenuHistory } from "../electron/core/admin/menu-editor/history.ts";
import { storePicture } from "../electron/core/admin/menu-editor/pictures.ts";
import { SettingsStore } from "../electron/core/admin/settings.ts";
import { createOfflineEngine } from "../electron/core/dialogue/offline/engine.ts";
import { loadMenuFile, MenuHolder } from "../electron/core/menu/load.ts";
import { tempDir } from "../electron/core/orders/test-fixtures.ts";
import type { Menu } from "../shared/menu/schema.ts";

const DEMO = join(import.meta.dirname, "..", "assets/menu/demo-cafe.menu.json");
const RUNS = 20;

export async function run(): Promise<BenchResult> {
  const dir = tempDir("kiosk-bench-menu-editor-");
  try {
    const holder = new MenuHolder(await loadMenuFile(DEMO));
    const admin = new MenuAdmin(holder, new SettingsStore(join(dir, "data")));
    const history = new MenuHistory(join(dir, "data"));
    admin.onPublished((p) => history.record(p));
    const editor = new MenuEditor({ menu: admin, dataDir: join(dir, "data"), history });
    const demo = JSON.parse(readFileSync(DEMO, "utf8")) as Menu;

    const publish: number[] = [];
    const engine: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const next = structuredClone(demo);
      next.items[0]!.price = 1000 + i * 100;
      const t0 = performance.now();
      const r = admin.publish(next, { by: "bench", source: "editor" });
      publish.push(performance.now() - t0);
      if (!r.ok) throw new Error(r.problems.join("; "));
      const t1 = performance.now();
      await createOfflineEngine(holder.current.model);
      engine.push(performance.now() - t1);
    }

    const roundTrip: number[] = [];
    let xlsxBytes = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const out = await editor.handle({ type: "exportSpreadsheet", format: "xlsx" });
      if (out.type !== "spreadsheetFiles") throw new Error("export failed");
      xlsxBytes = Buffer.from(out.files[0]!.dataBase64, "base64").length;
      const p = await editor.handle({ type: "previewSpreadsheet", files: out.files });
      roundTrip.push(performance.now() - t0);
      if (p.type !== "spreadsheetPreview" || !p.ok) throw new Error("round trip failed");
    }

    // Noise, not a flat colour: it compresses about as badly as a real photo.
    const photo = await sharp({ create: { width: 4032, height: 3024, channels: 3, background: "#000", noise: { type: "gaussian", mean: 128, sigma: 12 } } }).jpeg({ quality: 85 }).toBuffer();
    const picture: number[] = [];
    let stored = { bytes: 0, width: 0, height: 0 };
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      stored = await storePicture(join(dir, "pictures"), photo, "photo.jpg");
      picture.push(performance.now() - t0);
    }
    history.close();
    return {
      items: demo.items.length,
      publish: summarize(publish),
      offlineEngineRebuild: summarize(engine),
      xlsxExportAndPreview: summarize(roundTrip),
      xlsxBytes,
      photo12MpToWebp: summarize(picture),
      photoInBytes: photo.length,
      webpOutBytes: stored.bytes,
      webpSize: `${stored.width}x${stored.height}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
