// Offline speech with espeak-ng, run as a separate process (it is GPL: never linked
// or bundled as a library). Robotic, but it needs no network and no key, so the
// kiosk can always answer out loud. WAV comes back on stdout; an abort kills it.
import { spawn } from "node:child_process";
import type { SpeechAudio, SynthesizeOptions, TextToSpeech } from "./tts.ts";

export interface EspeakOptions {
  /** The executable (default "espeak-ng" on PATH). */
  command?: string;
  /** espeak voice per language; others fall back to the language code itself. */
  voices?: Record<string, string>;
  /** Words per minute. */
  speed?: number;
}

const DEFAULT_VOICES: Record<string, string> = { ko: "ko", en: "en-us" };

export class EspeakTextToSpeech implements TextToSpeech {
  readonly name = "espeak-ng";
  constructor(private readonly opts: EspeakOptions = {}) {}

  synthesize(text: string, opts: SynthesizeOptions): Promise<SpeechAudio> {
    const voice = this.opts.voices?.[opts.lang] ?? DEFAULT_VOICES[opts.lang] ?? opts.lang;
    const args = ["-v", voice, "-s", String(this.opts.speed ?? 165), "--stdout"];
    return new Promise((resolve, reject) => {
      if (opts.signal.aborted) return reject(opts.signal.reason);
      // Text goes in on stdin so a reply starting with "-" is never read as an option.
      const child = spawn(this.opts.command ?? "espeak-ng", args, { stdio: ["pipe", "pipe", "pipe"] });
      const out: Buffer[] = [];
      let err = "";
      let first = true;
      const onAbort = () => child.kill("SIGKILL");
      opts.signal.addEventListener("abort", onAbort, { once: true });
      child.stdout.on("data", (b: Buffer) => {
        if (first) {
          first = false;
          opts.onFirstByte?.();
        }
        out.push(b);
      });
      child.stderr.on("data", (b: Buffer) => (err += b.toString()));
      child.on("error", (e) => {
        opts.signal.removeEventListener("abort", onAbort);
        reject(new Error(`espeak-ng could not start: ${e.message}`));
      });
      child.on("close", (code) => {
        opts.signal.removeEventListener("abort", onAbort);
        if (opts.signal.aborted) return reject(opts.signal.reason);
        const audio = new Uint8Array(Buffer.concat(out));
        if (code !== 0 || audio.length <= 44) return reject(new Error(`espeak-ng failed (exit ${code}): ${err.trim() || "no audio"}`));
        resolve({ mime: "audio/wav", audio, provider: this.name });
      });
      child.stdin.on("error", () => {}); // a killed child closes its stdin under us
      child.stdin.end(text);
    });
  }
}

/** Is espeak-ng installed and runnable? (Checked once at start-up.) */
export function espeakAvailable(command = "espeak-ng"): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, ["--version"], { stdio: "ignore" });
    child.on("error", () => resolve(false));
    child.on("close", (code) => resolve(code === 0));
  });
}
