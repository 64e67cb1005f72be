// The offline engine's sentences, in Korean and English. Every item, option and price
// in them comes from the menu or the cart passed in; nothing here names a product.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import { itemLabel as sharedItemLabel, josa, lineLabel, list as sharedList, sayMoney, type Lang } from "../../../../shared/wording.ts";

export { josa, lineLabel, type Lang };

/** A price as the kiosk says it (shared/wording.ts): 4,500원 in Korean, 4,500 won / $4.50 in English. */
export const formatPrice = (amount: number, currency: string, lang: Lang): string => sayMoney(amount, currency, lang);

export function priceDelta(amount: number, currency: string, lang: Lang): string {
  return amount === 0 ? (lang === "ko" ? "추가 요금 없음" : "no charge") : `+${formatPrice(amount, currency, lang)}`;
}

export const itemLabel = (menu: MenuModel, item: string, options: Record<string, OptionValue>, lang: Lang): string => sharedItemLabel(menu, item, options, lang);

export const list = (items: string[], lang: Lang, or = false): string => sharedList(items, lang, or ? "or" : "and");

export const say = {
  added: (labels: string[], lang: Lang) => (lang === "ko" ? `${list(labels, lang)} 담았어요.` : `Added ${list(labels, lang)}.`),
  anythingElse: (lang: Lang) => (lang === "ko" ? "더 필요하신 건 있으세요?" : "Anything else?"),
  askChoice: (item: string, group: string, choices: string[], lang: Lang) =>
    lang === "ko" ? `${item}의 ${josa(group, "은는")} 어떻게 할까요? ${list(choices, lang)} 중에 골라 주세요.` : `Which ${group.toLowerCase()} for the ${item}: ${list(choices, lang, true)}?`,
  askOrderOption: (group: string, choices: string[], lang: Lang) =>
    lang === "ko" ? `${josa(group, "은는")} 어떻게 할까요? ${list(choices, lang)} 중에 골라 주세요.` : `${list(choices, lang, true)}?`,
  soldOut: (item: string, alts: string[], lang: Lang) =>
    lang === "ko"
      ? `죄송해요, ${josa(item, "은는")} 지금 품절이에요.${alts.length ? ` 대신 ${list(alts, lang)} 어떠세요?` : ""}`
      : `Sorry, the ${item} is sold out right now.${alts.length ? ` How about ${list(alts, lang, true)}?` : ""}`,
  notOnMenu: (alts: string[], lang: Lang) =>
    lang === "ko"
      ? `죄송해요, 그 메뉴는 없어요.${alts.length ? ` ${josa(list(alts, lang), "은는")} 있어요.` : ""}`
      : `Sorry, we don't have that.${alts.length ? ` We do have ${list(alts, lang)}.` : ""}`,
  removed: (labels: string[], lang: Lang) => (lang === "ko" ? `${list(labels, lang)} 뺐어요.` : `Removed ${list(labels, lang)}.`),
  notInOrder: (item: string, lang: Lang) => (lang === "ko" ? `주문에 ${josa(item, "이가")} 없어요.` : `There's no ${item} in your order.`),
  changed: (label: string, lang: Lang) => (lang === "ko" ? `${josa(label, "으로")} 바꿨어요.` : `Changed it to ${label}.`),
  qtySet: (label: string, lang: Lang) => (lang === "ko" ? `${josa(label, "으로")} 할게요.` : `OK, ${label}.`),
  kept: (label: string, lang: Lang) => (lang === "ko" ? `네, ${josa(label, "이에요")}.` : `Sure, ${label}.`),
  cancelled: (lang: Lang) => (lang === "ko" ? "주문을 모두 취소했어요. 새로 주문해 주세요." : "I've cancelled everything. What would you like?"),
  /** The order cleared and new lines put in, in one turn ("다 취소하고 새로 … 두 개요"): said before what was added. */
  startedOver: (lang: Lang) => (lang === "ko" ? "이전 주문은 모두 취소했어요." : "I've cancelled the earlier order."),
  nothingToCancel: (lang: Lang) => (lang === "ko" ? "취소할 주문이 없어요. 무엇을 드릴까요?" : "There's nothing to cancel. What would you like?"),
  empty: (lang: Lang) => (lang === "ko" ? "아직 담긴 메뉴가 없어요. 무엇을 드릴까요?" : "Your order is empty. What would you like?"),
  readback: (lines: string[], extras: string[], total: string, lang: Lang) =>
    lang === "ko"
      ? `주문 확인할게요. ${lines.join(", ")}${extras.length ? `, ${extras.join(", ")}` : ""}. 합계 ${total}입니다. 이대로 주문할까요?`
      : `Your order: ${lines.join(", ")}${extras.length ? `, ${extras.join(", ")}` : ""}. The total is ${total}. Shall I place it?`,
  placing: (lang: Lang) => (lang === "ko" ? "주문할게요." : "Placing your order."),
  whatToChange: (lang: Lang) => (lang === "ko" ? "어떤 걸 바꿔 드릴까요?" : "What would you like to change?"),
  notUnderstood: (lang: Lang) =>
    lang === "ko" ? "죄송해요, 잘 못 알아들었어요. 메뉴 이름과 수량을 말씀해 주세요." : "Sorry, I didn't catch that. Please tell me the item and how many.",
  cannot: (lang: Lang) => (lang === "ko" ? "죄송해요, 그렇게는 해 드릴 수 없어요." : "Sorry, I can't do that one."),
  goOn: (lang: Lang) => (lang === "ko" ? "네, 말씀해 주세요." : "Sure, what else can I get you?"),
  howCanIHelp: (lang: Lang) => (lang === "ko" ? "무엇을 도와드릴까요? 메뉴 이름을 말씀해 주세요." : "What can I get you?"),
  greeting: (lang: Lang) => (lang === "ko" ? "안녕하세요! 무엇을 드릴까요?" : "Hi! What can I get you?"),
  thanks: (lang: Lang) => (lang === "ko" ? "감사합니다!" : "You're welcome!"),
  askStaff: (lang: Lang) => (lang === "ko" ? "그건 직원에게 말씀해 주세요. 더 주문하실 게 있으세요?" : "Please ask our staff for that. Anything else to order?"),
  which: (names: string[], lang: Lang) => (lang === "ko" ? `${list(names, lang)} 중에 어떤 걸로 드릴까요?` : `Which one: ${list(names, lang, true)}?`),
  price: (label: string, price: string, lang: Lang) => (lang === "ko" ? `${josa(label, "은는")} ${josa(price, "이에요")}.` : `The ${label} is ${price}.`),
  priceFrom: (label: string, price: string, lang: Lang) => (lang === "ko" ? `${josa(label, "은는")} ${price}부터예요.` : `The ${label} starts at ${price}.`),
  total: (total: string, lang: Lang) => (lang === "ko" ? `지금까지 합계는 ${josa(total, "이에요")}.` : `Your total so far is ${total}.`),
  cart: (lines: string[], total: string, lang: Lang) =>
    lang === "ko" ? `지금 ${lines.join(", ")} 담겨 있어요. 합계 ${josa(total, "이에요")}.` : `You have ${lines.join(", ")}. The total is ${total}.`,
  haveSimilar: (label: string, price: string, lang: Lang) =>
    lang === "ko" ? `비슷한 메뉴로 ${label}(${price}) 있어요. 담아 드릴까요?` : `We have the ${label} (${price}). Would you like one?`,
  have: (label: string, price: string, lang: Lang) =>
    lang === "ko" ? `네, ${label} 있어요(${price}). 담아 드릴까요?` : `Yes, we have the ${label} (${price}). Would you like one?`,
  describe: (label: string, desc: string, price: string, lang: Lang) =>
    lang === "ko" ? `${label}: ${desc} (${price})` : `${label}: ${desc} (${price}).`,
  addAvailable: (choice: string, price: string, lang: Lang) =>
    lang === "ko" ? `네, ${choice} 추가할 수 있어요(${price}). 추가해 드릴까요?` : `Yes, you can add ${choice.toLowerCase()} (${price}). Shall I add it?`,
  choiceAvailable: (choice: string, price: string, items: string[], lang: Lang) =>
    lang === "ko"
      ? `네, ${josa(choice, "으로")} 하실 수 있어요(${price}).${items.length ? ` ${list(items, lang)}에 돼요.` : ""}`
      : `Yes, ${choice} is available (${price})${items.length ? ` for ${list(items, lang)}` : ""}.`,
  choiceUnavailable: (choice: string, lang: Lang) => (lang === "ko" ? `죄송해요, ${josa(choice, "은는")} 지금 선택할 수 없어요.` : `Sorry, ${choice} isn't available.`),
  groupChoices: (group: string, choices: string[], lang: Lang) => (lang === "ko" ? `${group}: ${choices.join(", ")}.` : `${group}: ${choices.join(", ")}.`),
  category: (cat: string, items: string[], lang: Lang) =>
    lang === "ko" ? `${cat} 메뉴는 ${josa(list(items, lang), "이가")} 있어요.` : `For ${cat.toLowerCase()}, we have ${list(items, lang)}.`,
  overview: (cats: string[], lang: Lang) =>
    lang === "ko" ? `${list(cats, lang)} 메뉴가 있어요. 어떤 걸 드릴까요?` : `We have ${list(cats, lang)}. What would you like?`,
  suggest: (items: string[], lang: Lang) => (lang === "ko" ? `${list(items, lang)} 어떠세요?` : `How about ${list(items, lang, true)}?`),
  optionNotFor: (item: string, option: string, lang: Lang) =>
    lang === "ko" ? `${josa(item, "은는")} ${josa(option, "으로")} 할 수 없어요.` : `The ${item} can't be made ${option.toLowerCase()}.`,
  groupNotFor: (item: string, group: string, lang: Lang) =>
    lang === "ko" ? `${item}에는 ${group} 옵션이 없어요.` : `The ${item} has no ${group.toLowerCase()} option.`,
  noSuchOption: (lang: Lang) => (lang === "ko" ? "말씀하신 옵션 중 메뉴에 없는 건 빼고 담았어요." : "I left out an option we don't have."),
  limit: (lang: Lang) => (lang === "ko" ? "그 수량이나 선택은 할 수 없어요." : "I can't do that quantity or choice."),
  sameAsBefore: (lang: Lang) => (lang === "ko" ? "네, 그대로 둘게요." : "OK, no change."),
};
