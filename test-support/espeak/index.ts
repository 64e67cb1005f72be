// The espeak-ng the tests speak with: the machine's own when it is installed (what the
// kiosk itself uses), else the WebAssembly stand-in beside this file, which takes the
// same command line. Either way it is a separate program, as in the kiosk.
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { readFile } from "node:fs/promises";
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

/**
 * Speech as espeak-ng's WAV, for the fake speech service: the machine's espeak-ng when it
 * is there, else the WebAssembly build run in this process (a process per sentence would
 * cost a Node start-up each time, too slow for a speech service on a busy machine).
 */
export async function espeakWav(text: string, voice: string): Promise<Uint8Array> {
  const system = process.env.KIOSK_TEST_ESPEAK === "wasm" ? undefined : systemEspeak();
  if (system) return runEspeak(system, ["-v", voice, "--stdout"], text);
  const [{ default: ESpeakNg }, compiled] = await Promise.all([import("espeak-ng"), compiledEspeak()]);
  const errors: string[] = [];
  const engine = await ESpeakNg({
    arguments: ["-v", voice, "-w", "/out.wav", "--", text], // "--": text may start with "-"
    print: () => {},
    printErr: (l: string) => errors.push(l),
    // One compiled module for every sentence: compiling the 18 MB module each time takes seconds.
    instantiateWasm: (imports, receive) => {
      void WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance));
      return {};
    },
  });
  try {
    return engine.FS.readFile("/out.wav");
  } catch {
    throw new Error(`espeak-ng (wasm) made no audio: ${errors.join("; ") || "no reason given"}`);
  }
}

let compiling: Promise<WebAssembly.Module> | undefined;

/** espeak-ng's WebAssembly, compiled once per process. */
function compiledEspeak(): Promise<WebAssembly.Module> {
  compiling ??= readFile(fileURLToPath(import.meta.resolve("espeak-ng/dist/espeak-ng.wasm"))).then((bytes) => WebAssembly.compile(bytes));
  return compiling;
}

function runEspeak(cmd: string, args: string[], input: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    let err = "";
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => (err += b.toString()));
    child.on("error", (e) => reject(new Error(`${cmd} could not start: ${e.message}`)));
    child.on("close", (code) => (code === 0 ? resolve(new Uint8Array(Buffer.concat(out))) : reject(new Error(`${cmd} exit ${code}: ${err}`))));
    child.stdin.end(input);
  });
}
