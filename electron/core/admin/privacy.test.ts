import { afterEach, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { KioskEvent } from "../../../shared/contract.ts";
import type { PrivacySettings } from "../../../shared/admin-contract.ts";
import { ConversationArchive } from "./privacy.ts";
import { tempDir } from "../orders/test-fixtures.ts";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function setup(initial: PrivacySettings) {
  const dir = tempDir("kiosk-privacy-");
  dirs.push(dir);
  const state = { settings: initial, now: Date.parse("2025-06-10T12:00:00Z") };
  const archive = new ConversationArchive(dir, () => state.settings, () => state.now);
  // A stand-in session: the archive only needs on(listener).
  const listeners = new Set<(e: KioskEvent) => void>();
  const session = { on: (l: (e: KioskEvent) => void) => (listeners.add(l), () => listeners.delete(l)) };
  const emit = (e: KioskEvent) => listeners.forEach((l) => l(e));
  return { dir, state, archive, session, emit };
}

describe("ConversationArchive", () => {
  it("keeps nothing by default", () => {
    const { dir, archive, session, emit } = setup({ keepTranscripts: false, keepAudio: false, retentionDays: 7 });
    archive.attach(session, "s1");
    emit({ type: "user", turnId: "t1", text: "아메리카노 주세요" });
    emit({ type: "reply", turnId: "t1", text: "네", engine: "offline" });
    expect(archive.recordAudio("s1", new Uint8Array([1, 2, 3]))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("when the store turns it on, keeps transcripts and audio, and purges them after the retention", () => {
    const { archive, session, emit, state } = setup({ keepTranscripts: true, keepAudio: true, retentionDays: 2 });
    const stop = archive.attach(session, "s1");
    emit({ type: "user", turnId: "t1", text: "latte please" });
    emit({ type: "reply", turnId: "t1", text: "One latte.", engine: "offline" });
    expect(archive.recordAudio("s1", new Uint8Array([82, 73, 70, 70]))).toBe(true);
    stop();
    emit({ type: "user", turnId: "t2", text: "not recorded after detach" });
    const file = join(archive.transcriptDir, "2025-06-10.jsonl");
    const kept = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { role: string; text: string });
    expect(kept.map((k) => [k.role, k.text])).toEqual([
      ["customer", "latte please"],
      ["kiosk", "One latte."],
    ]);
    expect(readdirSync(join(archive.audioDir, "2025-06-10"))).toHaveLength(1);

    state.now = Date.parse("2025-06-12T12:00:00Z"); // two days later: still kept
    expect(archive.purge()).toEqual({ transcriptFiles: 0, audioFiles: 0 });
    state.now = Date.parse("2025-06-13T00:30:00Z"); // past the retention
    expect(archive.purge()).toEqual({ transcriptFiles: 1, audioFiles: 1 });
    expect(existsSync(file)).toBe(false);
  });

  it("deletes everything kept once keeping is turned off", () => {
    const { archive, state } = setup({ keepTranscripts: true, keepAudio: true, retentionDays: 30 });
    archive.recordTurn("s1", "customer", "hello");
    archive.recordAudio("s1", new Uint8Array([1]));
    state.settings = { keepTranscripts: false, keepAudio: false, retentionDays: 30 };
    expect(archive.purge()).toEqual({ transcriptFiles: 1, audioFiles: 1 });
    expect(readdirSync(archive.transcriptDir)).toEqual([]);
    expect(readdirSync(archive.audioDir)).toEqual([]);
  });
});
