// What the kiosk keeps of conversations. By default nothing: transcripts live only
// in the session's memory and audio only in flight, both gone when the session
// resets. A store may turn keeping on (admin screen) for a number of days; a purge
// job deletes what is older, and everything once keeping is turned off. Kept data
// lives in its own folders under the data directory, never in the order database.
import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PrivacySettings } from "../../../shared/admin-contract.ts";
import type { KioskEvent } from "../../../shared/contract.ts";

const DAY_MS = 86_400_000;
const dayName = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const safeId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 64) || "session";

export interface PurgeResult {
  transcriptFiles: number;
  audioFiles: number;
}

export class ConversationArchive {
  readonly transcriptDir: string;
  readonly audioDir: string;
  private audioSeq = 0;

  constructor(
    dataDir: string,
    private readonly settings: () => PrivacySettings,
    private readonly now: () => number = Date.now,
  ) {
    this.transcriptDir = join(dataDir, "transcripts");
    this.audioDir = join(dataDir, "audio");
  }

  /** Keep a session's words as they happen, if the store keeps transcripts. Returns the unsubscribe. */
  attach(session: { on(listener: (e: KioskEvent) => void): () => void }, sessionId: string): () => void {
    return session.on((e) => {
      if (e.type === "user") this.recordTurn(sessionId, "customer", e.text);
      else if (e.type === "reply") this.recordTurn(sessionId, "kiosk", e.text);
    });
  }

  recordTurn(sessionId: string, role: "customer" | "kiosk", text: string): boolean {
    if (!this.settings().keepTranscripts) return false;
    const at = this.now();
    mkdirSync(this.transcriptDir, { recursive: true, mode: 0o700 });
    appendFileSync(join(this.transcriptDir, `${dayName(at)}.jsonl`), `${JSON.stringify({ atMs: at, session: sessionId, role, text })}\n`, { mode: 0o600 });
    return true;
  }

  /** Keep one speech segment (WAV bytes), if the store keeps audio. */
  recordAudio(sessionId: string, wav: Uint8Array): boolean {
    if (!this.settings().keepAudio) return false;
    const at = this.now();
    const dir = join(this.audioDir, dayName(at));
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(join(dir, `${at}-${safeId(sessionId)}-${++this.audioSeq}.wav`), wav, { mode: 0o600 });
    return true;
  }

  /** Delete everything older than the retention (everything when keeping is off). */
  purge(): PurgeResult {
    const s = this.settings();
    const now = this.now();
    // A day folder/file is deleted once the whole day is past the retention.
    const oldestKept = dayName(now - s.retentionDays * DAY_MS);
    const result: PurgeResult = { transcriptFiles: 0, audioFiles: 0 };
    if (existsSync(this.transcriptDir)) {
      for (const f of readdirSync(this.transcriptDir)) {
        const day = f.slice(0, 10);
        if (!s.keepTranscripts || day < oldestKept) {
          rmSync(join(this.transcriptDir, f), { force: true });
          result.transcriptFiles++;
        }
      }
    }
    if (existsSync(this.audioDir)) {
      for (const d of readdirSync(this.audioDir)) {
        if (!s.keepAudio || d < oldestKept) {
          const full = join(this.audioDir, d);
          result.audioFiles += existsSync(full) ? countFiles(full) : 0;
          rmSync(full, { recursive: true, force: true });
        }
      }
    }
    return result;
  }

  /** Purge now and then every `intervalMs` (default hourly). Returns the stop function. */
  startPurgeJob(intervalMs = 3_600_000, onError?: (err: Error) => void): () => void {
    const run = () => {
      try {
        this.purge();
      } catch (err) {
        onError?.(err as Error);
      }
    };
    run();
    const t = setInterval(run, intervalMs);
    t.unref?.();
    return () => clearInterval(t);
  }
}

function countFiles(dir: string): number {
  try {
    return readdirSync(dir).length;
  } catch {
    return 1;
  }
}
