// A tar reader for the archives packed inside @sparticuz/chromium (regular files and
// folders, ustar or GNU long names, pax headers skipped): enough to unpack them without
// a `tar` program or another dependency.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, normalize, sep } from "node:path";

const BLOCK = 512;

/** Writes the archive's files under `dest`; refuses names that would land outside it. */
export function unpackTar(archive: Uint8Array, dest: string): string[] {
  const written: string[] = [];
  let at = 0;
  let longName: string | undefined;
  while (at + BLOCK <= archive.length) {
    const header = archive.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) break; // end of archive
    const size = parseInt(text(header, 124, 12).trim() || "0", 8);
    if (!Number.isFinite(size) || size < 0) throw new Error(`tar: bad size at offset ${at}`);
    const type = String.fromCharCode(header[156]!);
    const prefix = text(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
    const mode = parseInt(text(header, 100, 8).trim() || "644", 8);
    const body = archive.subarray(at + BLOCK, at + BLOCK + size);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    longName = undefined;
    if (type === "L") {
      longName = text(body, 0, body.length);
      continue;
    }
    if (type === "x" || type === "g") continue; // pax metadata
    const target = normalize(join(dest, name));
    if (target !== normalize(dest) && !target.startsWith(normalize(dest) + sep)) throw new Error(`tar: ${name} would land outside ${dest}`);
    if (type === "5") {
      mkdirSync(target, { recursive: true });
    } else if (type === "0" || type === "\0") {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, body, { mode: mode & 0o777 });
      written.push(target);
    }
    // Links and devices do not occur in these archives; they are skipped.
  }
  return written;
}

function text(b: Uint8Array, start: number, length: number): string {
  const slice = b.subarray(start, start + length);
  const end = slice.indexOf(0);
  return Buffer.from(end === -1 ? slice : slice.subarray(0, end)).toString("utf8");
}
