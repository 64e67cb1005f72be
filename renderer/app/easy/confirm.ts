// Easy mode asks before every change to the order ("아메리카노 한 개를 담을까요?"):
// which intents change something, and the plain question for each, in the
// customer's language. Pure, so the questions are unit-tested.
import type { Intent } from "../actions.ts";
import { optionSummary } from "../menu/view.ts";
import type { AppState } from "../state/reducer.ts";
import { countedItem, countedQty } from "../guide/wording.ts";

/** The question to ask before `intent` in easy mode; undefined when nothing changes (or the screen itself is the confirm step). */
export function confirmQuestion(intent: Intent, state: AppState): string | undefined {
  const model = state.model;
  if (!model) return undefined;
  const lang = state.lang;
  const ko = lang === "ko";
  const lineName = (lineId: string) => {
    const line = state.cart?.lines.find((l) => l.id === lineId) ?? state.cart?.pending.find((p) => p.id === lineId);
    return line ? model.itemName(line.item, lang) : "";
  };
  switch (intent.type) {
    case "addItem": {
      const words = optionSummary(model, intent.item, intent.options, lang);
      const what = [countedItem(model.itemName(intent.item, lang), intent.qty, lang), ...words].join(", ");
      return ko ? `${what}, 장바구니에 담을까요?` : `Add ${what} to your order?`;
    }
    case "setQty": {
      const name = lineName(intent.lineId);
      if (intent.qty <= 0) return ko ? `${name}, 장바구니에서 뺄까요?` : `Take the ${name} out of your order?`;
      return ko ? `${name}, ${countedQty(intent.qty, lang)}로 바꿀까요?` : `Change the ${name} to ${intent.qty}?`;
    }
    case "removeLine": {
      const name = lineName(intent.lineId);
      return ko ? `${name}, 장바구니에서 뺄까요?` : `Take the ${name} out of your order?`;
    }
    case "chooseLineOption": {
      const line = state.cart?.lines.find((l) => l.id === intent.lineId) ?? state.cart?.pending.find((p) => p.id === intent.lineId);
      const choice = typeof intent.value === "string" ? model.choiceName(intent.group, intent.value, lang) : String(intent.value);
      const name = line ? model.itemName(line.item, lang) : "";
      return ko ? `${name}, ${choice}${roParticle(choice)} 할까요?` : `${name}: ${choice}. Is that right?`;
    }
    case "chooseOrderOption":
    case "chooseEntryOption": {
      const choice = typeof intent.value === "string" ? model.choiceName(intent.group, intent.value, lang) : String(intent.value);
      return ko ? `${choice}, 맞나요?` : `${choice}. Is that right?`;
    }
    case "clearCart":
      return ko ? "장바구니를 모두 비울까요?" : "Empty your whole order?";
    default:
      return undefined;
  }
}

/** "으로" after a final consonant other than ㄹ (라지 → 라지로, 아이스 → 아이스로, 원두 → 원두로, 샷 → 샷으로, 서울 → 서울로). */
export function roParticle(word: string): string {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  if (code < 0 || code > 11171) return "로";
  const final = code % 28;
  return final === 0 || final === 8 ? "로" : "으로";
}
