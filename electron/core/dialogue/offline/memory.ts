// What the offline engine remembers between turns of one conversation. It lives in
// the session's `memory` object under one key, so another engine (the LLM in hybrid
// mode) can keep its own things beside it.
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { Ask } from "../engine.ts";
import type { Lang } from "./phrases.ts";

export interface OfflineMemory {
  /** The language the customer last spoke. */
  lang?: Lang;
  /** Cart line ids touched by the last turns, most recent last: "make it iced" goes there. */
  focus: string[];
  /** Line ids added by the last turn that added something: "아니 바닐라 라떼요" replaces them. */
  lastAdded: string[];
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

const KEY = "offline";

export function readMemory(memory: Record<string, unknown>): OfflineMemory {
  const m = memory[KEY] as OfflineMemory | undefined;
  if (!m || typeof m !== "object") return { focus: [], lastAdded: [] };
  return {
    ...m,
    focus: Array.isArray(m.focus) ? [...m.focus] : [],
    lastAdded: Array.isArray(m.lastAdded) ? [...m.lastAdded] : [],
  };
}

export function writeMemory(memory: Record<string, unknown>, m: OfflineMemory): void {
  memory[KEY] = m;
}
