// Pictures uploaded on the admin screen: decoded with sharp (JPEG, PNG, WebP, GIF,
// AVIF, TIFF; HEIC only where the platform's libvips decodes it), turned upright,
// shrunk to fit what the screen shows and stored as WebP in the data folder next to
// the published menu (menus/images/<content hash>.webp). A file that is not a
// picture is refused with a message; nothing is written for it.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { OutputInfo } from "sharp";

/** The largest side the kiosk needs: item cards and the item sheet on a 1080p screen at 2×. */
export const PICTURE_MAX_SIDE = 720;
export const PICTURE_MAX_UPLOAD_BYTES = 7_000_000;
const QUALITY = 80;

export interface StoredPicture {
  /** Relative to the published menu's folder: what the menu's `image` field holds. */
  path: string;
  width: number;
  height: number;
  bytes: number;
  /** A data: URL of the stored picture, so the editor can show it before it is published. */
  preview: string;
}

export class PictureError extends Error {}

export async function storePicture(menusDir: string, data: Buffer, fileName = "picture"): Promise<StoredPicture> {
  if (data.length === 0) throw new PictureError(`"${fileName}" is empty`);
  if (data.length > PICTURE_MAX_UPLOAD_BYTES) {
    throw new PictureError(`"${fileName}" is ${(data.length / 1e6).toFixed(1)} MB; pictures up to ${PICTURE_MAX_UPLOAD_BYTES / 1e6} MB can be uploaded`);
  }
  // libvips is loaded on the first upload, not with every kiosk start.
  const { default: sharp } = await import("sharp");
  let out: { data: Buffer; info: OutputInfo };
  try {
    out = await sharp(data, { failOn: "error", limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: PICTURE_MAX_SIDE, height: PICTURE_MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: QUALITY })
      .toBuffer({ resolveWithObject: true });
  } catch (err) {
    const why = (err as Error).message.split("\n")[0];
    throw new PictureError(`"${fileName}" is not a picture the kiosk can read (use JPEG, PNG or WebP): ${why}`);
  }
  const name = `${createHash("sha256").update(out.data).digest("hex").slice(0, 16)}.webp`;
  const dir = join(menusDir, "images");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), out.data);
  return {
    path: `images/${name}`,
    width: out.info.width,
    height: out.info.height,
    bytes: out.data.length,
    preview: `data:image/webp;base64,${out.data.toString("base64")}`,
  };
}
