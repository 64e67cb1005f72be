// What the offline engine remembers between turns of one conversation: its own typed
// record in the conversation's memory (../memory.ts), under a slot only this engine
// holds. Another engine's turn reaches it as a HandOff (engine.ts), see handOffMemory.
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { Ask, HandOff } from "../engine.ts";
import { MemorySlot, type ConversationMemory } from "../memory.ts";
import type { Lang } from "./phrases.ts";

export interface OfflineMemory {
  /** The language the customer last spoke. */
  lang?: Lang;
  /** Cart line ids touched by the last turns, most recent last: "make it iced" goes there. */
  focus: string[];
  /** Line ids added by the last turn that added something: "아니 바닐라 라떼요" replaces them. */
  lastAdded: string[];
  /** For each line of lastAdded: how many that turn added and how many the line then held ("same again" repeats the order). */
  lastAddedQty?: Record<string, { added: number; after: number }>;
  /**
   * For the lines the last turn that talked about lines added: the option groups the customer
   * named for each (the rest were left to the kiosk). "소주 두 병" then "참이슬 하나 진로 하나"
   * says what the line is (kinds-of-the-line.ts).
   */
  saidOfAdded?: Record<string, string[]>;
  /** Line ids the last turn that talked about lines touched: "하나 더" after two of them names neither. */
  lastTouched?: string[];
  /** The last turn took a line (or some of one) away and added nothing: "a coke instead" takes its place. */
  removedLast?: boolean;
  /** A counted option the last turn that talked about lines gave ("초 세 개", "add mochi"): "네 개로" may restate it. */
  lastCounted?: { lineId: string; group: string };
  /** The question the kiosk asked last. */
  ask?: Ask;
  /** The order was read back and the kiosk asked to confirm it. */
  awaitingConfirm?: boolean;
  /** The customer asked to finish; the kiosk is collecting what is still missing. */
  checkoutRequested?: boolean;
  /** "Do you have X?" → "Yes, would you like one?": a "yes" adds this. */
  offer?: { item: string; options: Record<string, OptionValue> };
  /** "푸딩 추가 돼요?" → "Yes, shall I add it?": a "yes" puts this option on the line in hand. */
  offerOption?: { group: string; choice: string };
  /** The kiosk's last words were "anything else?": a "no" means that's all. */
  promptedMore?: boolean;
}

const SLOT = new MemorySlot<OfflineMemory>("offline", () => ({ focus: [], lastAdded: [] }));

/** A copy of the engine's record, safe to change (planning works on copies). */
export function readMemory(memory: ConversationMemory): OfflineMemory {
  const m = memory.peek(SLOT) ?? SLOT.fresh();
  return { ...m, focus: [...m.focus], lastAdded: [...m.lastAdded], lastTouched: [...(m.lastTouched ?? [])] };
}

export function writeMemory(memory: ConversationMemory, m: OfflineMemory): void {
  memory.set(SLOT, m);
}

/**
 * The record after another engine's turn: the offline engine's pending question and
 * "prompted for more" state belong to a turn that is over; the lines that turn added
 * or changed are the ones "make it iced" now points at, and its question is the
 * kiosk's question.
 */
export function handOffMemory(mem: OfflineMemory, h: HandOff, liveLines: ReadonlySet<string>): OfflineMemory {
  const touched = [...h.changed, ...h.added];
  return {
    ...mem,
    lang: h.lang === "ko" || h.lang === "en" ? h.lang : mem.lang,
    focus: [...mem.focus.filter((id) => liveLines.has(id) && !touched.includes(id)), ...touched],
    lastAdded: h.added.length > 0 ? h.added : mem.lastAdded.filter((id) => liveLines.has(id)),
    lastAddedQty: h.added.length > 0 ? undefined : mem.lastAddedQty,
    lastTouched: touched.length > 0 ? touched : (mem.lastTouched ?? []).filter((id) => liveLines.has(id)),
    lastCounted: undefined,
    saidOfAdded: undefined,
    removedLast: undefined,
    ask: h.ask,
    awaitingConfirm: h.ask?.kind === "confirm",
    checkoutRequested: false,
    offer: undefined,
    promptedMore: h.ask?.kind === "item",
  };
}
