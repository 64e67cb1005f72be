#!/usr/bin/env node
// A stand-in for the `espeak-ng` program, for tests on machines without it: the same
// speech engine compiled to WebAssembly (the `espeak-ng` npm package, a dev dependency),
// behind the part of espeak-ng's command line the kiosk and the tests use:
//   espeak-ng [-v VOICE] [-s WPM] [--stdout | -w FILE] [TEXT]   (TEXT from stdin when absent)
//   espeak-ng --version
// It writes a WAV like espeak-ng does; errors go to stderr with a non-zero exit.
import { readFileSync, writeFileSync } from "node:fs";

const USAGE = "usage: espeak-ng [-v VOICE] [-s WPM] [--stdout | -w FILE] [TEXT] | --version";

function parse(argv) {
  const o = { voice: "en", speed: undefined, out: undefined, stdout: false, text: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === "-v") o.voice = value();
    else if (a === "-s") o.speed = value();
    else if (a === "-w") o.out = value();
    else if (a === "--stdout") o.stdout = true;
    else if (a === "--version") o.version = true;
    else if (a.startsWith("-") && a.length > 1) throw new Error(`unknown option ${a}\n${USAGE}`);
    else o.text = argv.slice(i).join(" ");
    if (o.text !== undefined) break;
  }
  if (o.version) return o;
  if (!o.stdout && !o.out) throw new Error(`say where the audio goes (--stdout or -w FILE)\n${USAGE}`);
  return o;
}

// A reader that stops early (a closed pipe) is not an error of ours.
process.stdout.on("error", () => {});

try {
  const o = parse(process.argv.slice(2));
  if (o.version) {
    const { version } = JSON.parse(readFileSync(new URL(import.meta.resolve("espeak-ng/package.json")), "utf8"));
    process.stdout.write(`eSpeak NG text-to-speech (WebAssembly build, espeak-ng npm package ${version})\n`);
    process.exit(0);
  }
  const text = o.text ?? readFileSync(0, "utf8");
  const { default: ESpeakNg } = await import("espeak-ng");
  const errors = [];
  // "--": text read from stdin may start with "-" and must not be taken for an option.
  const args = ["-v", o.voice, ...(o.speed ? ["-s", o.speed] : []), "-w", "/out.wav", "--", text];
  const engine = await ESpeakNg({ arguments: args, print: () => {}, printErr: (line) => errors.push(line) });
  let wav;
  try {
    wav = engine.FS.readFile("/out.wav");
  } catch {
    throw new Error(errors.join("\n") || "no audio was made");
  }
  if (wav.length <= 44) throw new Error(errors.join("\n") || "no audio was made");
  if (o.out) writeFileSync(o.out, wav);
  else process.stdout.write(wav);
} catch (err) {
  process.stderr.write(`espeak-ng (wasm): ${err.message}\n`);
  process.exitCode = 1;
}
