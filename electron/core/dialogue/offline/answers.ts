// Answers to questions, from the menu and the cart only: what is on the menu, what a
// category has, what an item is and costs, whether an option is possible, what is in
// the order. Nothing is ordered here; "do you have X?" may leave an offer that a
// following "yes" accepts.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { unitPriceOf } from "../../../../shared/menu/model.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { CartView } from "../../../../shared/cart.ts";
import { resolveOptions } from "../../cart/cart.ts";
import { formatPrice, itemLabel, lineLabel, priceDelta, say, type Lang } from "./phrases.ts";
import type { Question } from "./utterance.ts";
import { suggestFor } from "./suggest.ts";

export interface Answer {
  text: string;
  offer?: { item: string; options: Record<string, OptionValue> };
  /** "푸딩 추가 돼요?": a following "yes" adds this option to the line in hand. */
  offerOption?: { group: string; choice: string };
}

export function answerQuestion(menu: MenuModel, q: Question, cart: CartView, lang: Lang): Answer {
  const cur = menu.currency;
  const price = (n: number) => formatPrice(n, cur, lang);
  const k = q.kws;

  if (k.has("cart")) return { text: cartText(menu, cart, lang) };

  // Options named in the question count: "how much is a large latte?".
  const withChoices = (item: string, preset: Record<string, OptionValue> = {}): Record<string, OptionValue> => {
    const out: Record<string, OptionValue> = { ...preset };
    for (const c of q.choices) {
      const g = menu.itemGroup(item, c.group);
      if (!g || !g.choices.some((x) => x.id === c.choice)) continue;
      out[c.group] = g.select === "many" ? [...((out[c.group] as string[] | undefined) ?? []), c.choice] : c.choice;
    }
    return out;
  };
  if (k.has("price")) {
    if (q.choices.length && !q.items.length) {
      // "펄 추가하면 얼마예요?": the price of that option.
      const parts = q.choices.map((c) => {
        const g = menu.groups.get(c.group);
        const ch = g?.choices?.find((x) => x.id === c.choice);
        return `${menu.choiceName(c.group, c.choice, lang)} ${priceDelta(ch?.price ?? 0, menu.currency, lang)}`;
      });
      return { text: `${parts.join(", ")}.` };
    }
    if (q.items.length) {
      const first = q.items[0]!;
      return { text: q.items.map((i) => itemPriceText(menu, i.item, withChoices(i.item, i.preset), lang)).join(" "), offer: { item: first.item, options: withChoices(first.item, first.preset) } };
    }
    if (q.groups.length || q.choices.length) return { text: groupText(menu, q, lang, true) };
    if (cart.lines.length) return { text: say.total(price(cart.total), lang) };
    if (q.categories.length) return { text: categoryText(menu, q.categories[0]!, lang, true) };
    return { text: overview(menu, lang) };
  }
  if (k.has("describe") && q.items.length) {
    // ("what's in the harvest bowl?" ... "ok I'll get one": the thing described is offered.)
    const first = q.items[0]!;
    return {
      offer: { item: first.item, options: withChoices(first.item, first.preset) },
      text: q.items
        .map((i) => {
          const desc = menu.text(menu.item(i.item)?.description, lang);
          const label = itemLabel(menu, i.item, i.preset ?? {}, lang);
          return desc ? say.describe(label, desc, basePrice(menu, i.item, i.preset ?? {}, lang), lang) : itemPriceText(menu, i.item, i.preset ?? {}, lang);
        })
        .join(" "),
    };
  }
  if (k.has("cart")) return { text: cartText(menu, cart, lang) };
  if (q.groups.length && !q.items.length && !q.choices.length) return { text: groupText(menu, q, lang, false) };
  if (q.unknown.length && !q.items.length && !q.choices.length) {
    const alts = suggestFor(menu, q.unknown.join(" "), lang, q.categories);
    return { text: say.notOnMenu(alts, lang) + (alts.length ? "" : ` ${overview(menu, lang)}`) };
  }
  if (q.items.length && q.groups.length) {
    // "떡볶이 맵기 어떻게 있어요?": the choices of that group for that item.
    const first = q.items[0]!;
    const parts = q.groups
      .map((gid) => menu.itemGroup(first.item, gid))
      .filter((g): g is NonNullable<typeof g> => !!g)
      .map((g) => say.groupChoices(menu.groupName(g.id, lang), g.choices.map((c) => (c.price ? `${menu.text(c.name, lang)} ${priceDelta(c.price, menu.currency, lang)}` : menu.text(c.name, lang))), lang));
    if (parts.length) return { text: parts.join(" "), offer: { item: first.item, options: first.preset ?? {} } };
  }
  if (q.items.length) {
    const first = q.items[0]!;
    const item = menu.item(first.item);
    if (item?.soldOut) return { text: say.soldOut(menu.itemName(first.item, lang), alternatives(menu, first.item, lang), lang) };
    // "카푸치노 아이스로 돼요?": the item with the options asked about, if it takes them.
    const missing = q.choices.find((c) => q.choices.every((x) => x.group !== c.group || !menu.itemGroup(first.item, x.group)?.choices.some((y) => y.id === x.choice)));
    if (missing) return { text: say.optionNotFor(menu.itemName(first.item, lang), menu.choiceName(missing.group, missing.choice, lang), lang) };
    const options = withChoices(first.item, first.preset);
    const label = itemLabel(menu, first.item, options, lang);
    // Named only in part ("치킨" for 버팔로윙) or with words the menu does not know: offer it, don't claim it.
    const similar = first.partial || q.unknown.length > 0;
    const text = (similar ? say.haveSimilar : say.have)(label, basePrice(menu, first.item, options, lang), lang);
    return { text, offer: { item: first.item, options } };
  }
  if (q.choices.length) {
    const c = q.choices[0]!;
    const g = menu.groups.get(c.group);
    const ch = g?.choices?.find((x) => x.id === c.choice);
    const orderable = menu.menu.items.some((i) => !i.soldOut && menu.itemGroup(i.id, c.group)?.choices.some((x) => x.id === c.choice));
    if (g && ch && orderable && g.select === "many" && q.kws.has("add")) {
      return { text: say.addAvailable(menu.text(ch.name, lang), priceDelta(ch.price ?? 0, menu.currency, lang), lang), offerOption: { group: c.group, choice: c.choice } };
    }
    return { text: choiceText(menu, q, lang), ...(orderable ? { offerOption: { group: c.group, choice: c.choice } } : {}) };
  }
  if (q.categories.length) return { text: q.categories.map((c) => categoryText(menu, c, lang, false)).join(" ") };
  if (q.tags.length) {
    const items = menu.menu.items.filter((i) => !i.soldOut && q.tags.some((t) => i.tags?.includes(t))).map((i) => menu.itemName(i.id, lang));
    if (items.length) return { text: lang === "ko" ? `${items.slice(0, 6).join(", ")} 있어요.` : `We have ${items.slice(0, 6).join(", ")}.` };
  }
  if (q.groups.length || q.orderGroups.length) return { text: groupText(menu, q, lang, false) };
  if (q.orderChoices.length) {
    // "배달 돼요?": the store offers it (it is one of the order's options).
    const c = q.orderChoices[0]!;
    const name = menu.choiceName(c.group, c.choice, lang);
    return { text: lang === "ko" ? `네, ${name}도 가능해요.` : `Yes, ${name.toLowerCase()} is available.` };
  }
  if (k.has("recommend")) {
    const picks = menu.menu.items.filter((i) => !i.soldOut).slice(0, 3).map((i) => menu.itemName(i.id, lang));
    return { text: say.suggest(picks, lang) };
  }
  return { text: overview(menu, lang) };
}

export function overview(menu: MenuModel, lang: Lang): string {
  // A small menu is read out item by item; a bigger one by its categories.
  const available = menu.menu.items.filter((i) => !i.soldOut);
  if (available.length <= 8) return say.overview(available.map((i) => menu.itemName(i.id, lang)), lang);
  return say.overview(menu.menu.categories.map((c) => menu.text(c.name, lang)), lang);
}

export function cartText(menu: MenuModel, cart: CartView, lang: Lang): string {
  const lines = [...cart.lines, ...cart.pending].map((l) => lineLabel(menu, l, lang));
  if (!lines.length) return say.empty(lang);
  return say.cart(lines, formatPrice(cart.total, menu.currency, lang), lang);
}

/** The price with the item's default options (plus the alias's preset), from the menu's pricing rule. */
function basePrice(menu: MenuModel, item: string, preset: Record<string, OptionValue>, lang: Lang): string {
  const r = resolveOptions(menu, item, {}, preset);
  const opts = "options" in r ? r.options : {};
  let p = unitPriceOf(menu, item, opts);
  // A required group has no default: quote the cheapest choice.
  for (const g of menu.itemGroups(item)) {
    if (g.required && !(g.id in opts)) p += Math.min(...g.choices.map((c) => c.price ?? 0));
  }
  return formatPrice(p, menu.currency, lang);
}

function itemPriceText(menu: MenuModel, item: string, preset: Record<string, OptionValue>, lang: Lang): string {
  const label = itemLabel(menu, item, preset, lang);
  const required = menu.itemGroups(item).find((g) => g.required && !(g.id in preset));
  if (required) {
    const parts = required.choices.map((c) => `${menu.text(c.name, lang)} ${formatPrice(menu.item(item)!.price + (c.price ?? 0), menu.currency, lang)}`);
    return `${say.priceFrom(label, basePrice(menu, item, preset, lang), lang)} (${parts.join(", ")})`;
  }
  return say.price(label, basePrice(menu, item, preset, lang), lang);
}

function groupText(menu: MenuModel, q: Question, lang: Lang, withPrices: boolean): string {
  const out: string[] = [];
  const ids = [...new Set([...q.groups, ...q.choices.map((c) => c.group), ...q.orderGroups])];
  for (const id of ids) {
    const g = menu.groups.get(id) ?? menu.orderGroup(id)?.group;
    if (!g) continue;
    if (g.select === "count") {
      out.push(say.groupChoices(menu.groupName(id, lang), [`${priceDelta(g.unitPrice ?? 0, menu.currency, lang)} ${lang === "ko" ? "(1회당)" : "each"}`], lang));
      continue;
    }
    const choices = (g.choices ?? []).map((c) => (withPrices || c.price ? `${menu.text(c.name, lang)} ${priceDelta(c.price ?? 0, menu.currency, lang)}` : menu.text(c.name, lang)));
    out.push(say.groupChoices(menu.groupName(id, lang), choices, lang));
  }
  return out.join(" ") || overview(menu, lang);
}

function choiceText(menu: MenuModel, q: Question, lang: Lang): string {
  const c = q.choices[0]!;
  const g = menu.groups.get(c.group);
  const choice = g?.choices?.find((x) => x.id === c.choice);
  if (!g || !choice) return overview(menu, lang);
  const items = menu.menu.items.filter((i) => !i.soldOut && menu.itemGroup(i.id, c.group)?.choices.some((x) => x.id === c.choice));
  if (!items.length) return say.choiceUnavailable(menu.text(choice.name, lang), lang);
  const names = items.length === menu.menu.items.filter((i) => !i.soldOut).length || items.length > 4 ? [] : items.map((i) => menu.itemName(i.id, lang));
  return say.choiceAvailable(menu.text(choice.name, lang), priceDelta(choice.price ?? 0, menu.currency, lang), names, lang);
}

function categoryText(menu: MenuModel, cat: string, lang: Lang, withPrices: boolean): string {
  const c = menu.menu.categories.find((x) => x.id === cat);
  const items = menu.menu.items
    .filter((i) => i.category === cat)
    .map((i) => {
      const name = menu.itemName(i.id, lang);
      if (i.soldOut) return lang === "ko" ? `${name}(품절)` : `${name} (sold out)`;
      return withPrices ? `${name} ${basePrice(menu, i.id, {}, lang)}` : name;
    });
  return say.category(menu.text(c?.name, lang), items, lang);
}

/** Other items of the same category that can be ordered now. */
export function alternatives(menu: MenuModel, item: string, lang: Lang): string[] {
  const it = menu.item(item);
  if (!it) return [];
  return menu.menu.items
    .filter((i) => i.id !== item && !i.soldOut && i.category === it.category)
    .slice(0, 2)
    .map((i) => menu.itemName(i.id, lang));
}
