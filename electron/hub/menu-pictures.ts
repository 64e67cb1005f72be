// A menu's pictures travelling with it through the hub. The kiosk that publishes a menu
// sends each picture the menu names (from the folder of its menu in use) and then the
// menu with {path: sha256}; a kiosk that takes the menu fetches each picture it lacks
// into the folder its published menu lives in, checking every byte against the hash,
// before the menu goes live — so no kiosk shows letter tiles for a new item's picture.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import { writeFileAtomic } from "../core/orders/db.ts";

/** A menu's picture paths and their content hashes. */
export type PictureHashes = Record<string, string>;

export function pictureHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The picture paths a menu names (items and categories). */
export function picturePaths(menuText: string): string[] {
  const menu = JSON.parse(menuText) as { items?: { image?: unknown }[]; categories?: { image?: unknown }[] };
  const paths = [...(menu.categories ?? []), ...(menu.items ?? [])].map((x) => x.image).filter((x): x is string => typeof x === "string" && x.length > 0);
  return [...new Set(paths)];
}

/** `rel` inside `dir`, or undefined when it would leave it. */
function inside(dir: string, rel: string): string | undefined {
  const root = resolve(dir);
  const file = resolve(root, rel);
  return file.startsWith(root + sep) ? file : undefined;
}

/** Send every picture the menu names that exists in `dir`; the hashes to publish with it, and the ones found nowhere. */
export async function sendPictures(menuText: string, dir: string, upload: (bytes: Buffer) => Promise<string>): Promise<{ pictures: PictureHashes; missing: string[] }> {
  const pictures: PictureHashes = {};
  const missing: string[] = [];
  for (const rel of picturePaths(menuText)) {
    const file = inside(dir, rel);
    if (!file || !existsSync(file)) {
      missing.push(rel);
      continue;
    }
    pictures[rel] = await upload(readFileSync(file));
  }
  return { pictures, missing };
}

/**
 * Fetch into `dir` every picture of `pictures` it does not hold with that content.
 * `download` resolves undefined for a picture the hub does not have (the menu then
 * shows its placeholder) and throws when the hub cannot be asked (try again later).
 */
export async function fetchPictures(pictures: PictureHashes, dir: string, download: (hash: string) => Promise<Uint8Array | undefined>): Promise<{ fetched: string[]; missing: string[] }> {
  const fetched: string[] = [];
  const missing: string[] = [];
  for (const [rel, hash] of Object.entries(pictures)) {
    const file = inside(dir, rel);
    if (!file) {
      missing.push(rel);
      continue;
    }
    if (existsSync(file) && pictureHash(readFileSync(file)) === hash) continue;
    const bytes = await download(hash);
    if (!bytes || pictureHash(bytes) !== hash) {
      missing.push(rel);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic(file, bytes);
    fetched.push(rel);
  }
  return { fetched, missing };
}
