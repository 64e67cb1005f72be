// The audio half of the fake OpenAI server: /v1/audio/transcriptions and
// /v1/audio/speech with the real wire format (multipart upload in, JSON out; JSON
// in, streamed audio bytes out), so tests drive the real `openai` SDK. Every request
// is recorded. Transcription answers come from a script (a queue, then a mapping
// function), because a fake cannot understand speech; the uploaded WAV is still
// parsed and refused like the real service refuses a broken file. Speech is real
// audio made with espeak-ng (test-support/espeak: the machine's, else its WebAssembly
// build), as mp3 encoded in code, so a browser can decode and play it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseWav, WavError } from "../../electron/core/voice/wav.ts";
import { measureEnergy } from "../../electron/core/voice/speech-filter.ts";
import type { FakeServer } from "./server.ts";
import { espeakWav } from "../espeak/index.ts";
import { mp3Chunks } from "./mp3.ts";
import { SpeechProduction } from "./speech-production.ts";

export interface UploadedWav {
  bytes: number;
  sampleRate: number;
  channels: number;
  durationMs: number;
  /** Speech-like (above-threshold) audio in it, ms. */
  voicedMs: number;
}

export interface TranscriptionRequest {
  model: string;
  language: string | undefined;
  prompt: string | undefined;
  responseFormat: string | undefined;
  fileName: string | undefined;
  fileType: string | undefined;
  wav: UploadedWav | { error: string };
  /** Arrival time (performance.now()). */
  atMs: number;
}

export interface SpeechRequest {
  model: string;
  voice: string;
  input: string;
  responseFormat: string;
  instructions: string | undefined;
  atMs: number;
}

/** What the fake answers to one transcription: words, a failure, or silence until aborted. */
export type FakeReply = { text: string; language?: string; delayMs?: number } | { status: number; message?: string; delayMs?: number; retryAfterS?: number } | { hang: true };

export type SpeechReply = { status: number; message?: string } | { hang: true } | { ok: true };

export interface FakeAudioOptions {
  /** Delay before every transcription answer (simulated provider time), ms. */
  transcriptionDelayMs?: number;
  /** Delay before the first audio byte of every speech answer, ms. */
  speechFirstByteDelayMs?: number;
  /** Makes the audio for a speech request (default: espeak-ng, as mp3 or wav). */
  speechAudio?: (input: string, format: string) => Promise<{ bytes: Uint8Array; mime: string }>;
}

export class FakeAudio {
  readonly transcriptions: TranscriptionRequest[] = [];
  readonly speeches: SpeechRequest[] = [];
  private readonly script: FakeReply[] = [];
  private readonly speechScript: SpeechReply[] = [];
  /** Answers when the script is empty (default: an empty transcript). */
  mapTranscription: (req: TranscriptionRequest) => FakeReply = () => ({ text: "" });
  /** Open speech responses that have not ended yet (a hung or aborted one shows here). */
  openSpeechResponses = 0;
  /** Transcription connections the client closed before the answer (an abort reached the server). */
  abortedTranscriptions = 0;

  constructor(readonly opts: FakeAudioOptions = {}) {
    // Load and compile the speech engine and the encoder now, not on the kiosk's first
    // reply: on a busy machine that first time alone can outlast the kiosk's timeout.
    // Whole sentences in both languages, so the engine's and the encoder's hot code is
    // already compiled when the first real reply comes.
    if (!opts.speechAudio) {
      void (async () => {
        for (const text of ["아이스 아메리카노 두 잔 담았어요. 더 필요하신 건 있으세요?", "Two cafe lattes. Anything else?"]) {
          const s = await espeakSpeech(text, "mp3");
          for (let n = s.pieces.next(); !n.done; n = s.pieces.next());
        }
      })().catch(() => {});
    }
  }

  /** Speech being made for this text and format (the same one for a retry). */
  private productions = new Map<string, Promise<SpeechProduction>>();

  private espeakProduction(input: string, format: string): Promise<SpeechProduction> {
    const key = `${format}\n${input}`;
    let p = this.productions.get(key);
    if (!p) {
      p = espeakSpeech(input, format).then((s) => new SpeechProduction(s.mime, s.pieces));
      this.productions.set(key, p);
      p.catch(() => this.productions.delete(key));
    }
    return p;
  }

  /** Answer the next transcriptions with these, in order. */
  reply(...replies: FakeReply[]): this {
    this.script.push(...replies);
    return this;
  }

  /** Answer the next speech requests with these (failures, hangs), then normally. */
  speechReply(...replies: SpeechReply[]): this {
    this.speechScript.push(...replies);
    return this;
  }

  reset(): void {
    this.transcriptions.length = 0;
    this.speeches.length = 0;
    this.script.length = 0;
    this.speechScript.length = 0;
    this.abortedTranscriptions = 0;
  }

  /** Routes for the fake server: method, path, handler. */
  routes(): { method: "POST"; path: string; handler: (req: IncomingMessage, res: ServerResponse) => Promise<void> }[] {
    return [
      { method: "POST", path: "/v1/audio/transcriptions", handler: (req, res) => this.handleTranscription(req, res) },
      { method: "POST", path: "/v1/audio/speech", handler: (req, res) => this.handleSpeech(req, res) },
    ];
  }

  async handleTranscription(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const atMs = performance.now();
    const body = await readBody(req);
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": req.headers["content-type"] ?? "" } }).formData();
    } catch {
      return sendError(res, 400, "Could not parse multipart form");
    }
    const file = form.get("file");
    const field = (name: string) => {
      const v = form.get(name);
      return typeof v === "string" ? v : undefined;
    };
    if (!(file instanceof Blob)) return sendError(res, 400, "file is required");
    const model = field("model");
    if (!model) return sendError(res, 400, "model is required");
    const bytes = new Uint8Array(await file.arrayBuffer());
    let wav: UploadedWav | { error: string };
    try {
      const pcm = parseWav(bytes);
      wav = { bytes: bytes.length, sampleRate: pcm.sampleRate, channels: pcm.channels, durationMs: pcm.durationMs, voicedMs: measureEnergy(pcm).voicedMs };
    } catch (err) {
      wav = { error: err instanceof WavError ? err.message : String(err) };
    }
    const rec: TranscriptionRequest = {
      model,
      language: field("language"),
      prompt: field("prompt"),
      responseFormat: field("response_format"),
      fileName: file instanceof File ? file.name : undefined,
      fileType: file.type || undefined,
      wav,
      atMs,
    };
    this.transcriptions.push(rec);
    if ("error" in wav) return sendError(res, 400, `Invalid file format. ${wav.error}`);
    const reply = this.script.shift() ?? this.mapTranscription(rec);
    if ("hang" in reply) {
      req.socket.once("close", () => this.abortedTranscriptions++);
      return; // never answers; the client's abort or timeout ends it
    }
    const delay = (reply.delayMs ?? 0) + (this.opts.transcriptionDelayMs ?? 0);
    if (delay > 0) {
      const closed = await waitOrClose(req, res, delay);
      if (closed) {
        this.abortedTranscriptions++;
        return;
      }
    }
    if ("status" in reply) return sendError(res, reply.status, reply.message ?? `fake failure ${reply.status}`, reply.retryAfterS);
    const payload = rec.responseFormat === "verbose_json" ? { text: reply.text, language: reply.language ?? "korean", duration: wav.durationMs / 1000, segments: [] } : { text: reply.text };
    if (rec.responseFormat === "text") {
      res.writeHead(200, { "content-type": "text/plain" }).end(reply.text);
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(payload));
  }

  async handleSpeech(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const atMs = performance.now();
    let json: Record<string, unknown>;
    try {
      json = JSON.parse((await readBody(req)).toString("utf8")) as Record<string, unknown>;
    } catch {
      return sendError(res, 400, "body is not JSON");
    }
    const input = typeof json.input === "string" ? json.input : "";
    const model = typeof json.model === "string" ? json.model : "";
    const voice = typeof json.voice === "string" ? json.voice : "";
    if (!input || !model || !voice) return sendError(res, 400, "input, model and voice are required");
    const responseFormat = typeof json.response_format === "string" ? json.response_format : "mp3";
    this.speeches.push({ model, voice, input, responseFormat, instructions: typeof json.instructions === "string" ? json.instructions : undefined, atMs });
    const scripted = this.speechScript.shift();
    if (scripted && "hang" in scripted) {
      this.openSpeechResponses++;
      res.on("close", () => this.openSpeechResponses--);
      res.writeHead(200, { "content-type": "audio/mpeg" });
      return; // headers, then nothing: a stalled stream
    }
    if (scripted && "status" in scripted) return sendError(res, scripted.status, scripted.message ?? `fake failure ${scripted.status}`);
    // The first piece is made before the headers go out, so a failure is still an error answer.
    let audio: SpeechProduction;
    let first: Uint8Array | undefined;
    try {
      audio = this.opts.speechAudio ? new SpeechProduction(...inPieces(await this.opts.speechAudio(input, responseFormat))) : await this.espeakProduction(input, responseFormat);
      first = await audio.piece(0);
    } catch (err) {
      return sendError(res, 400, (err as Error).message);
    }
    this.openSpeechResponses++;
    res.on("close", () => this.openSpeechResponses--);
    res.writeHead(200, { "content-type": audio.mime, "transfer-encoding": "chunked" });
    const firstDelay = this.opts.speechFirstByteDelayMs ?? 0;
    if (firstDelay > 0 && (await waitOrClose(req, res, firstDelay))) return;
    // Stream in pieces, like the real service: the first piece early, the rest after.
    try {
      for (let i = 0, piece = first; piece !== undefined; piece = await audio.piece(++i)) {
        if (res.destroyed) return;
        res.write(piece);
        await new Promise((r) => setImmediate(r));
      }
    } catch {
      res.destroy(); // broke mid-stream: the client sees a cut-off answer
      return;
    }
    res.end();
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on("data", (b: Buffer) => parts.push(b));
    req.on("end", () => resolve(Buffer.concat(parts)));
    req.on("error", reject);
  });
}

/** Wait `ms`; true when the client went away meanwhile. */
function waitOrClose(req: IncomingMessage, res: ServerResponse, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.off("close", onClose);
      resolve(false);
    }, ms);
    const onClose = () => {
      if (res.writableEnded) return;
      clearTimeout(timer);
      resolve(true);
    };
    res.on("close", onClose);
    void req;
  });
}

function sendError(res: ServerResponse, status: number, message: string, retryAfterS?: number): void {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (retryAfterS !== undefined) headers["retry-after"] = String(retryAfterS);
  res.writeHead(status, headers).end(JSON.stringify({ error: { message, type: status >= 500 ? "server_error" : "invalid_request_error", code: null } }));
}

/** Audio as the fake sends it: a type and its bytes in pieces (made as they are sent). */
interface SpeechStream {
  mime: string;
  pieces: Iterator<Uint8Array>;
}

/** Ready-made audio as [mime, pieces] for a SpeechProduction. */
function inPieces(audio: { bytes: Uint8Array; mime: string }, piece = 4096): [string, Iterator<Uint8Array>] {
  function* split() {
    for (let at = 0; at < audio.bytes.length; at += piece) yield audio.bytes.subarray(at, at + piece);
  }
  return [audio.mime, split()];
}

/** Real speech for a text: espeak-ng's WAV (Korean voice when it has Hangul), or mp3 encoded as it is sent. */
export async function espeakSpeech(input: string, format: string): Promise<SpeechStream> {
  if (format !== "wav" && format !== "mp3") throw new Error(`the fake speaks only wav and mp3 (asked for ${format})`);
  const wav = await espeakWav(input, /[\uAC00-\uD7A3]/.test(input) ? "ko" : "en-us");
  // mp3 at half espeak's rate (11 kHz, plenty for speech): the pure-JS encoder then takes
  // half the time, which keeps a whole sentence well inside the kiosk's speech timeout on a
  // busy machine (the kiosk's attempt deadline covers reading the entire audio).
  if (format === "wav") {
    const [mime, pieces] = inPieces({ bytes: wav, mime: "audio/wav" });
    return { mime, pieces };
  }
  return { mime: "audio/mpeg", pieces: mp3Chunks(wav, 32, 500, { halveRate: true }) };
}

/** Adds the audio routes to the shared fake OpenAI server (server.ts); returns their script and records. */
export function registerAudioRoutes(server: FakeServer, opts: FakeAudioOptions = {}): FakeAudio {
  const audio = new FakeAudio(opts);
  for (const r of audio.routes()) server.route(r.method, r.path, (req, res) => r.handler(req, res));
  return audio;
}
