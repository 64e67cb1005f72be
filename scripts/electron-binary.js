// Where the Electron binary is, without require("electron"): that require downloads
// the binary when it is missing, which on a machine without internet hangs or fails.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export function electronPackageDir() {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve("electron/package.json"));
}

/** The binary's path when it is installed, else undefined. */
export function findElectronBinary() {
  let dir;
  try {
    dir = electronPackageDir();
  } catch {
    return undefined;
  }
  const pathFile = join(dir, "path.txt");
  if (!existsSync(pathFile)) return undefined;
  const exe = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, "dist"), readFileSync(pathFile, "utf8").trim());
  return existsSync(exe) ? exe : undefined;
}
