// Which Chromium the browser tests drive, so `npm test` needs nothing but `npm install`:
// 1. CHROMIUM_PATH (or KIOSK_CHROMIUM) when set ("bundled" forces 3);
// 2. a Chromium or Chrome installed on the machine (Debian's, a snap, Google's, macOS's);
// 3. the one shipped inside the `@sparticuz/chromium` dev dependency (Linux x64 only): a
//    brotli-packed headless Chromium plus the NSS libraries it links against, unpacked
//    once into node_modules/.cache/ and started with those libraries on its path.
// When none can be had, the error names what is missing and how to get it.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync } from "node:zlib";
import { unpackTar } from "./tar.ts";

export interface ChromiumBinary {
  executablePath: string;
  /** Extra environment for the browser process (library and font paths of the bundled one). */
  env: Record<string, string>;
  /** Where it came from, for messages. */
  source: "environment" | "system" | "@sparticuz/chromium";
}

const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));

const SYSTEM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];
const PATH_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

let found: ChromiumBinary | undefined;

/** The Chromium to launch; unpacks the bundled one on first use. Throws a message saying what to install. */
export function findChromium(): ChromiumBinary {
  found ??= locate();
  return found;
}

/** The environment to start the browser with (the bundled Chromium needs its libraries). */
export function chromiumEnv(b: ChromiumBinary): Record<string, string> {
  const base = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  return { ...base, ...b.env };
}

function locate(): ChromiumBinary {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.KIOSK_CHROMIUM;
  if (fromEnv === "bundled") return bundledChromium();
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH is ${fromEnv}, which is not an executable file`);
    return { executablePath: fromEnv, env: {}, source: "environment" };
  }
  const system = systemChromium();
  if (system) return { executablePath: system, env: {}, source: "system" };
  return bundledChromium();
}

export function systemChromium(): string | undefined {
  for (const p of SYSTEM_CANDIDATES) if (isExecutable(p)) return p;
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const name of PATH_NAMES) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function isExecutable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const MISSING = "No Chromium or Chrome for the browser tests: none is installed (looked for chromium, chromium-browser, google-chrome on PATH and in /usr/bin)";

/** The Chromium inside @sparticuz/chromium, unpacked (exported so a test can check it launches even where a system one exists). */
export function bundledChromium(): ChromiumBinary {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(`${MISSING}, and the Chromium shipped in @sparticuz/chromium runs only on Linux x64 (this is ${process.platform}-${process.arch}). Install Chromium or Chrome, or set CHROMIUM_PATH to one.`);
  }
  let pkgDir: string;
  let version: string;
  try {
    pkgDir = packageDir(createRequire(import.meta.url).resolve("@sparticuz/chromium"));
    version = (JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    throw new Error(`${MISSING}, and the dev dependency @sparticuz/chromium is not installed: run \`npm install\` (or install Chromium: apt-get install chromium).`);
  }
  const dir = join(PROJECT_ROOT, "node_modules", ".cache", "kiosk-chromium", version);
  if (!existsSync(join(dir, "chromium"))) unpack(join(pkgDir, "bin"), dir);
  const env: Record<string, string> = {
    LD_LIBRARY_PATH: [join(dir, "lib"), join(dir, "swiftshader"), process.env.LD_LIBRARY_PATH].filter(Boolean).join(":"),
  };
  // Without a system font configuration, use the few fonts the package ships (the kiosk's
  // own Korean font is a web font, so pages render the same either way).
  if (!existsSync("/etc/fonts/fonts.conf")) env.FONTCONFIG_FILE = join(dir, "fonts", "fonts.conf");
  return { executablePath: join(dir, "chromium"), env, source: "@sparticuz/chromium" };
}

function packageDir(entry: string): string {
  let d = dirname(entry);
  while (!existsSync(join(d, "bin", "chromium.br"))) {
    const up = dirname(d);
    if (up === d) throw new Error("bin/chromium.br not found");
    d = up;
  }
  return d;
}

/** Unpacks into a private folder, then renames it into place, so parallel test workers never see half a browser. */
function unpack(binDir: string, dir: string): void {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    writeFileSync(join(tmp, "chromium"), brotliDecompressSync(readFileSync(join(binDir, "chromium.br"))), { mode: 0o755 });
    unpackTar(brotliDecompressSync(readFileSync(join(binDir, "al2023.tar.br"))), tmp); // lib/: NSS and expat
    unpackTar(brotliDecompressSync(readFileSync(join(binDir, "swiftshader.tar.br"))), join(tmp, "swiftshader"));
    unpackTar(brotliDecompressSync(readFileSync(join(binDir, "fonts.tar.br"))), join(tmp, "fonts"));
    // fonts.conf names the serverless paths; point it at this folder.
    const conf = join(tmp, "fonts", "fonts.conf");
    if (existsSync(conf)) writeFileSync(conf, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${join(dir, "fonts", "fonts")}</dir><cachedir>${join(dir, "fonts", "cache")}</cachedir></fontconfig>\n`);
    try {
      renameSync(tmp, dir);
    } catch (err) {
      // Another worker finished first: use its copy.
      if (!existsSync(join(dir, "chromium"))) throw err;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** `executablePath` and `env` for playwright-core's launch options. */
export function chromiumLaunch(): { executablePath: string; env: Record<string, string> } {
  const b = findChromium();
  return { executablePath: b.executablePath, env: chromiumEnv(b) };
}
