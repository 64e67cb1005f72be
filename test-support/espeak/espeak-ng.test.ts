// The WebAssembly stand-in speaks like espeak-ng: real Korean and English speech as WAV,
// on stdout or to a file, text as an argument or on stdin, and clear failures.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseWav } from "../../electron/core/voice/wav.ts";
import { measureEnergy } from "../../electron/core/voice/speech-filter.ts";
import { espeakAvailable } from "../../electron/core/providers/tts-espeak.ts";
import { ESPEAK_STAND_IN } from "./index.ts";

function run(args: string[], input = ""): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  return new Promise((done) => {
    const child = execFile(ESPEAK_STAND_IN, args, { encoding: "buffer" }, (err, stdout, stderr) =>
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr: stderr.toString() }),
    );
    child.stdin!.end(input);
  });
}

const dir = mkdtempSync(join(tmpdir(), "espeak-wasm-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("espeak-ng stand-in (WebAssembly)", () => {
  it.each([
    ["Korean on stdin, WAV on stdout", ["-v", "ko", "-s", "165", "--stdout"], "아이스 아메리카노 두 잔 주세요"],
    ["English as an argument", ["-v", "en-us", "--stdout", "two iced lattes please"], ""],
    ["text on stdin that starts with a dash", ["-v", "en-us", "-s", "165", "--stdout"], "-two lattes, please"],
  ])("%s is speech", async (_name, args, input) => {
    const r = await run(args, input);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const pcm = parseWav(new Uint8Array(r.stdout));
    expect(pcm.channels).toBe(1);
    expect(pcm.durationMs).toBeGreaterThan(700);
    expect(measureEnergy(pcm).voicedMs).toBeGreaterThan(300);
  });

  it("answers --version, which is how the kiosk checks that espeak-ng is there", async () => {
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toMatch(/^eSpeak NG/);
    expect(await espeakAvailable(ESPEAK_STAND_IN)).toBe(true);
  });

  it("writes a file with -w", async () => {
    const file = join(dir, "say.wav");
    const r = await run(["-v", "en-us", "-w", file, "hello"]);
    expect(r.code).toBe(0);
    expect(parseWav(new Uint8Array(readFileSync(file))).durationMs).toBeGreaterThan(200);
  });

  it.each([
    ["an option it does not know", ["-q", "--stdout", "x"], /unknown option -q/],
    ["an option without its value", ["--stdout", "-v"], /-v needs a value/],
    ["no output named", ["-v", "en", "x"], /--stdout or -w/],
  ])("fails clearly on %s", async (_name, args, message) => {
    const r = await run(args);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stdout.length).toBe(0);
  });
});
