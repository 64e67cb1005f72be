// The turn's outcomes in words: what was removed, added and changed first, then one
// sentence per outcome that has something to say, in the order things happened.
import { cartErrorMessage } from "../../../../shared/wording.ts";
import { viewCart } from "../../cart/cart.ts";
import { alternatives, overview } from "./answers.ts";
import type { Outcome } from "./outcomes.ts";
import { ofKind } from "./outcomes.ts";
import { formatPrice, josa, lineLabel, say } from "./phrases.ts";
import { lineById, type TurnDraft } from "./turn-draft.ts";
import type { Mod } from "./utterance.ts";

export function wordReply(d: TurnDraft, outcomes: readonly Outcome[], understood: boolean): string {
  // ("다 취소하고 새로 주문할게요 차돌 샤브 두 개요": the clearing came first and the new lines stand,
  // so it is said first, and not as "order anew" after they were added.)
  const startedOver = outcomes.some((o) => o.kind === "order-cleared") && d.created.some((id) => !!lineById(d.state, id));
  const said = startedOver ? outcomes.filter((o) => o.kind !== "order-cleared") : outcomes;
  const notes = [...(startedOver ? [say.startedOver(d.lang)] : []), ...summary(d, outcomes), ...said.map((o) => phrase(d, o)).filter((x): x is string => !!x)];
  if (!notes.length) notes.push(understood ? say.howCanIHelp(d.lang) : say.notUnderstood(d.lang));
  return [...new Set(notes)].join(" ");
}

function summary(d: TurnDraft, outcomes: readonly Outcome[]): string[] {
  const label = (id: string) => {
    const l = lineById(d.state, id);
    return l ? lineLabel(d.menu, l, d.lang) : undefined;
  };
  const out: string[] = [];
  const removed = ofKind(outcomes, "line-removed").map((o) => o.label);
  const created = d.created.map(label).filter((x): x is string => !!x);
  const modified = d.modified.filter((id) => !d.created.includes(id)).map(label).filter((x): x is string => !!x);
  if (removed.length) out.push(say.removed(removed, d.lang));
  if (created.length) out.push(say.added(created, d.lang));
  if (modified.length) out.push(say.changed(modified.join(", "), d.lang));
  return out;
}

function phrase(d: TurnDraft, o: Outcome): string | undefined {
  const { menu, lang } = d;
  switch (o.kind) {
    case "line-kept":
      return say.kept(o.label, lang);
    case "sold-out":
      return say.soldOut(menu.itemName(o.item, lang), alternatives(menu, o.item, lang), lang);
    case "not-in-order":
      return say.notInOrder(menu.itemName(o.item, lang), lang);
    case "options-dropped":
      return say.limit(lang);
    case "cart-refused": {
      const e = o.error;
      if (e.code === "sold-out" && e.item) return say.soldOut(menu.itemName(e.item, lang), alternatives(menu, e.item, lang), lang);
      if (e.code === "too-many" || e.code === "order-full") return cartErrorMessage(menu, e, lang);
      return say.limit(lang);
    }
    case "options-not-taken":
      return o.anyApplied ? undefined : notFor(d, o.item, o.mods[0]!);
    case "option-fits-no-line":
      return notFor(d, o.item, o.mod);
    case "options-without-item":
      return say.empty(lang);
    case "cannot-do":
      return say.cannot(lang);
    case "unknown-option":
      return say.noSuchOption(lang);
    case "not-on-menu":
      return say.notOnMenu(o.alternatives, lang) + (o.withOverview ? ` ${overview(menu, lang)}` : "");
    case "answered":
      return o.text;
    case "asked-which":
      return say.which(o.items.map((id) => menu.itemName(id, lang)), lang);
    case "order-cleared":
      return say.cancelled(lang);
    case "nothing-to-cancel":
      return say.nothingToCancel(lang);
    case "asked-what-to-change":
      return say.whatToChange(lang);
    case "go-on":
      return say.goOn(lang);
    case "order-option-set": {
      const name = menu.choiceName(o.group, o.choice, lang);
      return lang === "ko" ? `${josa(name, "으로")} 할게요.` : `${name}, got it.`;
    }
    case "placing-order":
      return say.placing(lang);
    case "asked-choice": {
      const g = menu.itemGroup(o.item, o.group);
      const choices = (g?.choices ?? []).map((c) => menu.text(c.name, lang));
      return say.askChoice(menu.itemName(o.item, lang), menu.groupName(o.group, lang), choices, lang);
    }
    case "asked-order-option": {
      const g = menu.orderGroup(o.group);
      const choices = (g?.choices ?? []).map((c) => menu.text(c.name, lang));
      return say.askOrderOption(menu.groupName(o.group, lang), choices, lang);
    }
    case "empty-order":
      return say.empty(lang);
    case "read-back": {
      const view = viewCart(menu, d.state);
      const lines = view.lines.map((l) => lineLabel(menu, l, lang));
      const extras = menu.orderGroups().map((g) => {
        const v = view.orderOptions[g.id];
        return v === undefined ? "" : menu.choiceName(g.id, String(v), lang);
      }).filter(Boolean);
      return say.readback(lines, extras, formatPrice(view.total, menu.currency, lang), lang);
    }
    case "anything-else":
      return say.anythingElse(lang);
    case "acted-on":
    case "unknown-name":
    case "line-added":
    case "line-changed":
    case "line-removed":
    case "item-guessed":
    case "plain-item-meant":
    case "which-unsettled":
    case "another-or-same":
    case "part-or-all":
    case "part-of-a-name":
    case "count-unsettled":
    case "count-unplaced":
    case "checkout-requested":
      return undefined;
  }
}

/** "초코라떼에는 샷 추가를 추가할 수 없어요" / "The cheesecake can't be made iced", in the menu's words. */
function notFor(d: TurnDraft, item: string, m: Mod): string {
  const itemName = d.menu.itemName(item, d.lang);
  if (m.kind === "choice") return say.optionNotFor(itemName, d.menu.choiceName(m.cands[0]!.group, m.cands[0]!.choice, d.lang), d.lang);
  return say.groupNotFor(itemName, d.menu.groupName(m.group, d.lang), d.lang);
}
