// The espeak-ng the tests speak with: the machine's own when it is installed (what the
// kiosk itself uses), else the WebAssembly stand-in beside this file, which takes the
// same command line. Either way it is a separate program, as in the kiosk.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ESPEAK_STAND_IN = fileURLToPath(new URL("./espeak-ng.js", import.meta.url));

/** The machine's espeak-ng on PATH, if any. */
export function systemEspeak(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    const p = join(dir, "espeak-ng");
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The espeak-ng command for tests (KIOSK_TEST_ESPEAK=wasm forces the stand-in). */
export function testEspeak(): string {
  if (process.env.KIOSK_TEST_ESPEAK === "wasm") return ESPEAK_STAND_IN;
  return systemEspeak() ?? ESPEAK_STAND_IN;
}
