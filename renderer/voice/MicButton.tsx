// The microphone button in the top bar. Hands-free: shows whether the kiosk is
// listening; a tap while the kiosk talks stops it (barge-in), otherwise it mutes /
// unmutes the microphone. Push-to-talk: hold to talk (pointer, Space or Enter).
// When voice is not available it says so, and touch ordering goes on as usual.
import { useEffect, useRef } from "react";
import type { KioskState } from "../../shared/contract.ts";
import type { VoiceControl, VoiceControlProps } from "../app/voice-slot.ts";
import { useVoice } from "./useVoice.ts";
import type { MicStatus, VoiceLoop, VoiceSnapshot } from "./voice-loop.ts";
import "./mic-button.css";

const TEXT: Record<string, Record<MicStatus | "speaking" | "muted" | "hold", string>> = {
  ko: {
    off: "마이크 꺼짐",
    starting: "마이크 켜는 중",
    listening: "듣고 있어요",
    hearing: "말씀하세요",
    unavailable: "마이크를 쓸 수 없어요",
    denied: "마이크 권한이 없어요",
    "needs-setup": "음성 입력 사용 불가",
    speaking: "눌러서 멈추기",
    muted: "마이크 꺼짐",
    hold: "누르고 말하기",
  },
  en: {
    off: "Mic off",
    starting: "Starting mic",
    listening: "Listening",
    hearing: "Go ahead",
    unavailable: "Mic unavailable",
    denied: "No mic permission",
    "needs-setup": "Voice input unavailable",
    speaking: "Tap to stop",
    muted: "Mic off",
    hold: "Hold to talk",
  },
};

/** What the button says and whether it can be used. */
export function micButtonView(snap: VoiceSnapshot, muted: boolean, lang: string): { text: string; usable: boolean; status: string } {
  const t = TEXT[lang] ?? TEXT.en!;
  if (!snap.input || snap.mic === "needs-setup") return { text: t["needs-setup"], usable: snap.speaking, status: "needs-setup" };
  if (snap.speaking) return { text: t.speaking, usable: true, status: "speaking" };
  if (snap.mic === "unavailable" || snap.mic === "denied") return { text: t[snap.mic], usable: false, status: snap.mic };
  if (snap.mode === "push-to-talk") return { text: snap.talking ? t.hearing : t.hold, usable: true, status: snap.talking ? "hearing" : "ptt" };
  if (muted) return { text: t.muted, usable: true, status: "muted" };
  return { text: t[snap.mic], usable: true, status: snap.mic };
}

export interface MicButtonProps {
  loop: VoiceLoop;
  lang: string;
  label: string;
  muted: boolean;
  onToggleMute(): void;
}

export function MicButton({ loop, lang, label, muted, onToggleMute }: MicButtonProps) {
  const snap = useVoice(loop);
  const view = micButtonView(snap, muted, lang);
  const ptt = snap.mode === "push-to-talk";
  const held = useRef(false);
  const down = () => {
    if (!ptt || held.current) return;
    held.current = true;
    void loop.pressToTalk();
  };
  const up = () => {
    if (!held.current) return;
    held.current = false;
    void loop.releaseToTalk();
  };
  return (
    <button
      type="button"
      className={`mic-button mic-${view.status}`}
      data-mic={view.status}
      aria-label={`${label}: ${view.text}`}
      aria-pressed={ptt ? snap.talking : !muted}
      disabled={!view.usable}
      title={snap.detail}
      onPointerDown={down}
      onPointerUp={up}
      onPointerLeave={up}
      onPointerCancel={up}
      onKeyDown={(e) => {
        if (ptt && (e.key === " " || e.key === "Enter")) {
          e.preventDefault();
          down();
        }
      }}
      onKeyUp={(e) => {
        if (ptt && (e.key === " " || e.key === "Enter")) up();
      }}
      onClick={() => {
        if (snap.speaking) loop.bargeIn("button");
        else if (!ptt) onToggleMute();
      }}
    >
      <span className="mic-icon" aria-hidden="true" />
      <span className="mic-text">{view.text}</span>
    </button>
  );
}

/** Which browser-only state the screen's indicator should show (null: the session's). */
function reportedState(snap: VoiceSnapshot): KioskState | null {
  if (snap.mic === "unavailable" || snap.mic === "denied") return "unavailable";
  if (snap.mic === "hearing" && !snap.speaking) return "listening";
  return null;
}

/**
 * The component for App's `voiceControl` slot, bound to one voice loop. The
 * microphone is on while a customer can order (every screen but the order number),
 * unless muted.
 */
export function createVoiceControl(loop: VoiceLoop): VoiceControl {
  let muted = false;
  return function VoiceMicControl(props: VoiceControlProps) {
    const snap = useVoice(loop);
    const mutedRef = useRef(muted);
    const wanted = props.voice.input && props.screen !== "placed" && !mutedRef.current;
    useEffect(() => loop.setWanted(wanted), [wanted]);
    const report = reportedState(snap);
    const { reportState, reportInputProblem } = props;
    useEffect(() => reportState(report), [report, reportState]);
    const problem = snap.mic === "denied" ? "denied" : snap.mic === "unavailable" ? "no-mic" : null;
    useEffect(() => reportInputProblem?.(problem), [problem, reportInputProblem]);
    return (
      <MicButton
        loop={loop}
        lang={props.lang}
        label={props.label}
        muted={mutedRef.current}
        onToggleMute={() => {
          muted = !muted;
          mutedRef.current = muted;
          loop.setWanted(props.voice.input && props.screen !== "placed" && !muted);
        }}
      />
    );
  };
}
