// The voice-guided keypad mode. A keypad (USB or Bluetooth) sends ordinary keys:
//   arrows      next / previous control of the screen, in one linear order
//   Enter (OK)  choose; Escape / Backspace (Back) one step back
//   Home        the screen's guidance again; End the cart and total read back
//   F1 / Help   the keys; + / − (and the volume keys) louder / quieter
// Every key first stops what the kiosk is saying. Each focused control is spoken
// (name, state, price, "3 of 12"), each new screen is introduced with what can be
// done there, and the customer may speak an order at any time: nothing here touches
// the microphone. Speech is the kiosk's own (the `announce` command; Node side
// synthesises it with the reply voice). Outside the mode, F1 / Help anywhere or an
// arrow / OK / Home on the start screen switches it on.
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { ANNOUNCE_MAX_CHARS, type Command } from "../../../shared/contract.ts";
import type { Kiosk } from "../context.ts";
import type { SpeechControl, VoiceInputProblem } from "../voice-slot.ts";
import { controlFacts, guideControls, guideScope, nextControl } from "./dom.ts";
import { screenFacts, screenKey, spokenCart } from "./facts.ts";
import {
  cartReadback,
  categoryChosenText,
  describeControl,
  guideToggledText,
  helpText,
  nothingBackText,
  screenIntro,
  voiceInputUnavailableText,
  volumeText,
} from "./wording.ts";

export interface GuideOptions {
  kiosk: Kiosk;
  send: (cmd: Command) => void;
  speech: SpeechControl | undefined;
  rootRef: RefObject<HTMLElement | null>;
  idle: { warning: boolean; secondsLeft: number; stillHere: () => void };
  voiceProblem: VoiceInputProblem | "not-configured" | null;
}

export interface Guide {
  /** The last thing announced (shown as a caption for anyone watching). */
  caption: string;
  readCart: () => void;
}

const ENTRY_KEYS_ON_START = new Set(["ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight", "Enter", "Home"]);
const HELP_KEYS = new Set(["F1", "Help"]);
const LOUDER = new Set(["AudioVolumeUp", "+"]);
const QUIETER = new Set(["AudioVolumeDown", "-"]);
const BACK_KEYS = new Set(["Escape", "Backspace", "BrowserBack", "GoBack"]);
const FOCUS_SETTLE_MS = 80;
const AFTER_PRESS_MS = 250;
const INTRO_DELAY_MS = 200;

const isTyping = (el: Element | null) => (el instanceof HTMLInputElement && (el.type === "text" || el.type === "search")) || el instanceof HTMLTextAreaElement;

export function useGuide(o: GuideOptions): Guide {
  const { kiosk, send, speech, rootRef, idle, voiceProblem } = o;
  const { state } = kiosk;
  const guided = state.prefs.guided;
  const [caption, setCaption] = useState("");
  const live = useRef({ kiosk, idle, voiceProblem });
  live.current = { kiosk, idle, voiceProblem };
  const nextId = useRef(0);
  const quietFocus = useRef(false);
  const focusTimer = useRef<number | undefined>(undefined);
  /** What a pressed control says once its press has taken effect (a later key or screen drops it). */
  const pressTimer = useRef<number | undefined>(undefined);
  const wasGuided = useRef(guided);
  /** The voice-input problem the customer was last told about. */
  const lastProblem = useRef<string | null>(null);

  const announce = useCallback(
    (text: string) => {
      const clean = text.replace(/\s+/g, " ").trim().slice(0, ANNOUNCE_MAX_CHARS);
      if (!clean) return;
      setCaption(clean);
      send({ type: "announce", text: clean, lang: live.current.kiosk.state.lang, id: `g${++nextId.current}` });
    },
    [send],
  );

  const describe = useCallback((el: Element | null): string => {
    if (!(el instanceof HTMLElement) || el === document.body) return "";
    const k = live.current.kiosk;
    const currency = k.state.cart?.currency ?? k.state.model?.currency ?? "KRW";
    return describeControl(controlFacts(el, k.t("quantity")), currency, k.state.lang);
  }, []);

  /** Focus without the focus announcement (the caller says something that includes it). */
  const focusQuietly = (el: HTMLElement | undefined) => {
    if (!el) return;
    quietFocus.current = true;
    el.focus();
    quietFocus.current = false;
    el.scrollIntoView?.({ block: "nearest" });
  };

  const readCart = useCallback(() => {
    const s = live.current.kiosk.state;
    if (s.model) announce(cartReadback(spokenCart(s.model, s.cart, s.lang), s.lang));
  }, [announce]);

  const introText = useCallback((): string => {
    const { kiosk: k, idle: i } = live.current;
    if (i.warning) return screenIntro({ kind: "idleWarning", seconds: i.secondsLeft }, k.state.lang);
    const facts = screenFacts(k.state);
    return facts ? screenIntro(facts, k.state.lang) : "";
  }, []);

  // A new screen (or the mode switched on): focus its first control, say where the
  // customer is, what can be done, and what is focused. Not while the kiosk is
  // answering: its spoken reply comes first (an announcement would cut it off).
  const key = `${screenKey(state)}|${idle.warning ? "idle" : ""}`;
  const prevKey = useRef(key);
  const enteredPending = useRef(false);
  const enteredAnnouncedAt = useRef(-Infinity);
  useEffect(() => {
    // "Switched on" is said with the first introduction, even when a quick second
    // change (the microphone check, the menu arriving) replaces this effect's timer.
    if (guided && !wasGuided.current) enteredPending.current = true;
    const left = !guided && wasGuided.current;
    wasGuided.current = guided;
    // Back at the start for the next customer (the mode ends with the order): nothing to say to nobody.
    const reset = state.screen === "attract" && !prevKey.current.startsWith("attract|");
    prevKey.current = key;
    if (left) {
      enteredPending.current = false;
      if (!reset) announce(guideToggledText(false, state.lang));
      return;
    }
    if (!guided || !state.model) return;
    const timer = window.setTimeout(() => {
      const root = rootRef.current;
      if (!root) return;
      // The introduction below includes the focused control: no separate focus announcement,
      // and no late answer to a key pressed on the screen before.
      window.clearTimeout(focusTimer.current);
      window.clearTimeout(pressTimer.current);
      const scope = guideScope(root);
      const active = document.activeElement;
      const keep = active instanceof HTMLElement && active !== root && scope.contains(active) && !active.closest(".top-bar");
      const target = keep ? active : guideControls(scope)[0];
      focusQuietly(target);
      const s = live.current.kiosk.state;
      const busy = s.kioskState === "thinking" || s.kioskState === "speaking";
      const entered = enteredPending.current;
      if (busy && !entered) return;
      enteredPending.current = false;
      if (entered) enteredAnnouncedAt.current = performance.now();
      const problem = live.current.voiceProblem;
      if (entered && problem) lastProblem.current = problem;
      const prefix = entered ? `${guideToggledText(true, s.lang)} ${problem ? voiceInputUnavailableText(problem, s.lang) : ""}` : "";
      announce(`${prefix} ${introText()} ${describe(target ?? null)}`);
      // A moment for the change's own events (the cart after "Add") to arrive first.
    }, INTRO_DELAY_MS);
    return () => window.clearTimeout(timer);
    // The key (not the whole state) says when the screen changed.
  }, [guided, key, state.model === null]);

  // When the kiosk asks something with answer buttons, they get the focus (silently:
  // the kiosk is saying the question).
  useEffect(() => {
    if (!guided || !state.ask) return;
    const timer = window.setTimeout(() => focusQuietly(rootRef.current?.querySelector<HTMLElement>(".ask-panel .ask-button") ?? undefined), 60);
    return () => window.clearTimeout(timer);
  }, [guided, state.ask, rootRef]);

  // Voice input stopped (or turned out not to) work: say so, and why, then where the customer is.
  useEffect(() => {
    // The microphone is re-checked as screens change (briefly "starting" again): only a new problem is news.
    if (!guided || !state.model || !voiceProblem || voiceProblem === lastProblem.current) return;
    lastProblem.current = voiceProblem;
    // The microphone check often ends just after the mode was switched on: this
    // announcement then replaces the "switched on" introduction, so it says that too.
    const justEntered = performance.now() - enteredAnnouncedAt.current < 3000;
    announce(`${justEntered ? `${guideToggledText(true, state.lang)} ` : ""}${voiceInputUnavailableText(voiceProblem, state.lang)} ${introText()}`);
  }, [guided, voiceProblem, state.model, state.lang, announce, introText]);

  // A refused action or a failure is said, not only shown.
  const notice = state.notice;
  useEffect(() => {
    if (guided && notice) announce(notice.message);
  }, [guided, notice, announce]);

  // Each focused control is spoken, once the focus settles (holding an arrow key says only the last).
  useEffect(() => {
    if (!guided) return;
    const onFocus = (e: FocusEvent) => {
      if (quietFocus.current) return;
      const el = e.target;
      window.clearTimeout(focusTimer.current);
      focusTimer.current = window.setTimeout(() => {
        if (document.activeElement === el) announce(describe(el as Element));
      }, FOCUS_SETTLE_MS);
    };
    document.addEventListener("focusin", onFocus);
    return () => {
      document.removeEventListener("focusin", onFocus);
      window.clearTimeout(focusTimer.current);
    };
  }, [guided, announce, describe]);

  // The keys.
  useEffect(() => {
    const afterPress = (el: HTMLElement, keyAtPress: string) => {
      window.clearTimeout(pressTimer.current);
      pressTimer.current = window.setTimeout(() => {
        const k = live.current.kiosk;
        if (`${screenKey(k.state)}|${live.current.idle.warning ? "idle" : ""}` !== keyAtPress) return;
        // Words sent from the text box (or a button that asked the kiosk something): its answer comes first.
        if (isTyping(el) || k.state.kioskState === "thinking" || k.state.kioskState === "speaking") return;
        if (el.getAttribute("role") === "tab" && document.contains(el)) {
          // A new category: straight to its first item.
          const items = guideControls(document.getElementById("menu-panel") ?? el).filter((c) => c.classList.contains("item-card"));
          focusQuietly(items[0]);
          announce(`${categoryChosenText(el.textContent ?? "", items.length, k.state.lang)} ${describe(items[0] ?? null)}`);
          return;
        }
        const now = document.activeElement;
        if (now && now !== document.body) announce(describe(now));
      }, AFTER_PRESS_MS);
    };

    const back = () => {
      const { kiosk: k, idle: i } = live.current;
      const s = k.state;
      const declineConfirm = rootRef.current?.querySelector<HTMLElement>('.confirm-modal [data-answer="no"]');
      if (i.warning) i.stillHere();
      else if (declineConfirm) declineConfirm.click();
      else if (s.sheetItem) k.dispatch({ type: "closeItem" });
      else if (s.ask) k.dispatch({ type: "dismissAsk" });
      else if (s.screen === "review") k.dispatch({ type: "backToMenu" });
      else if (s.screen === "orderType") k.dispatch({ type: "startOver" });
      else announce(`${nothingBackText(s.lang)} ${introText()}`);
    };

    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || ["Shift", "Control", "Alt", "Meta"].includes(e.key)) return;
      const k = live.current.kiosk;
      const s = k.state;
      const active = document.activeElement as HTMLElement | null;
      const typing = isTyping(active);
      const swallow = () => {
        e.preventDefault();
        e.stopPropagation();
      };
      if (!s.prefs.guided) {
        const onStart = s.screen === "attract" && ENTRY_KEYS_ON_START.has(e.key) && (!active || active === document.body || !active.matches("button, input"));
        if (HELP_KEYS.has(e.key) || onStart) {
          swallow();
          k.dispatch({ type: "setMode", mode: "guided", on: true });
        }
        return;
      }
      speech?.stop();
      // This key's answer replaces what an earlier key had still to say: on a slow machine
      // an earlier press's late answer (or focus announcement) would otherwise replace this one.
      window.clearTimeout(pressTimer.current);
      window.clearTimeout(focusTimer.current);
      const root = rootRef.current;
      if (!root) return;
      const scope = guideScope(root);
      const inScope = active && active !== document.body && scope.contains(active) ? active : null;
      const keyNow = `${screenKey(s)}|${live.current.idle.warning ? "idle" : ""}`;
      switch (e.key) {
        case "ArrowDown":
        case "ArrowRight":
        case "ArrowUp":
        case "ArrowLeft": {
          if (typing && (e.key === "ArrowLeft" || e.key === "ArrowRight")) return;
          swallow();
          const target = nextControl(scope, inScope, e.key === "ArrowDown" || e.key === "ArrowRight" ? 1 : -1);
          if (!target) return;
          if (target === document.activeElement) announce(describe(target));
          else {
            target.focus();
            target.scrollIntoView?.({ block: "nearest" });
          }
          return;
        }
        case "Enter":
        case " ": {
          if (typing && e.key === " ") return;
          if (!inScope) {
            swallow();
            const first = guideControls(scope)[0];
            focusQuietly(first);
            announce(describe(first ?? null));
            return;
          }
          if (inScope instanceof HTMLInputElement && (inScope.type === "radio" || inScope.type === "checkbox")) {
            swallow();
            inScope.click();
          }
          afterPress(inScope, keyNow);
          return;
        }
        case "Home":
          if (typing) return;
          swallow();
          focusQuietly(guideControls(scope)[0]);
          announce(`${introText()} ${describe(document.activeElement)}`);
          return;
        case "End":
          if (typing) return;
          swallow();
          readCart();
          return;
      }
      if (BACK_KEYS.has(e.key) && !(typing && e.key === "Backspace")) {
        swallow();
        back();
      } else if (HELP_KEYS.has(e.key)) {
        swallow();
        announce(helpText(s.lang));
      } else if ((LOUDER.has(e.key) || QUIETER.has(e.key)) && !typing && speech) {
        swallow();
        speech.setVolume(speech.volume() + (LOUDER.has(e.key) ? 0.1 : -0.1));
        announce(volumeText(speech.volume(), s.lang));
      }
    };
    window.addEventListener("keydown", onKey, { capture: true });
    return () => {
      window.removeEventListener("keydown", onKey, { capture: true });
      window.clearTimeout(pressTimer.current);
    };
  }, [announce, describe, introText, readCart, rootRef, speech]);

  return { caption: guided ? caption : "", readCart };
}
