// The pictures of the menus published on the hub, kept by content (sha256) in the hub's
// database. A kiosk that publishes a menu sends its pictures first; the menu then names
// each picture path with its hash, and the other kiosks fetch the ones they lack.
import type { Database as Db } from "better-sqlite3";
import { HubActionError } from "./hub-action-error.ts";
import { pictureHash, type PictureHashes } from "./menu-pictures.ts";

/** Pictures are stored shrunk (720 px WebP) by the menu editor; a menu imported as a file may carry larger ones. */
export const MAX_PICTURE_BYTES = 3_000_000;
const HASH = /^[0-9a-f]{64}$/;

export class HubPictures {
  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {}

  /** Keep a picture (once, however often it is sent); its hash. */
  add(bytes: Uint8Array): string {
    if (bytes.length === 0) throw new HubActionError(400, "the picture is empty");
    if (bytes.length > MAX_PICTURE_BYTES) throw new HubActionError(413, `the picture is ${bytes.length} bytes; at most ${MAX_PICTURE_BYTES}`);
    const hash = pictureHash(bytes);
    this.db.prepare("INSERT INTO pictures (hash, bytes, added_at_ms) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING").run(hash, Buffer.from(bytes), this.now());
    return hash;
  }

  get(hash: string): Buffer | undefined {
    if (!HASH.test(hash)) return undefined;
    const r = this.db.prepare("SELECT bytes FROM pictures WHERE hash = ?").get(hash) as { bytes: Buffer } | undefined;
    return r?.bytes;
  }

  /** Check a menu's picture list: well-formed, and every picture already on the hub. */
  check(pictures: unknown): PictureHashes {
    if (pictures === undefined || pictures === null) return {};
    if (typeof pictures !== "object" || Array.isArray(pictures)) throw new HubActionError(400, "pictures must be {path: sha256}");
    const out: PictureHashes = {};
    const missing: string[] = [];
    for (const [path, hash] of Object.entries(pictures as Record<string, unknown>)) {
      if (typeof hash !== "string" || !HASH.test(hash) || path.length > 300 || path.startsWith("/") || path.split(/[\\/]/).includes("..")) {
        throw new HubActionError(400, `picture ${JSON.stringify(path).slice(0, 80)}: a relative path and a sha256`);
      }
      if (!this.get(hash)) missing.push(path);
      out[path] = hash;
    }
    if (missing.length) throw new HubActionError(409, `send these pictures first: ${missing.slice(0, 10).join(", ")}`);
    return out;
  }
}
