// An order option with a yes and a no ("포인트 적립": 적립 안 함 / 포인트 적립; "영수증":
// 안 받음 / 출력; "일회용 수저": 필요 / 필요 없음) named, then answered by the verb after it:
// "영수증은 주세요" is the yes, "적립은 안 할게요", "수저는 안 주셔도 돼요" the no. Which
// choice is the no comes from the menu's own names (a negation in them); the verb's words
// are the answer, so they are taken out of the sentence ("안 할게요" cancels nothing).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Keyword } from "./language.ts";
import type { Atom } from "./scan.ts";

/** A negation in a choice's name, or in the words answering: 안, 않, 없, 빼, 괜찮, 말, 버려; no, none, without. */
const NEGATION = /(?:^|\s)안(?:\s|$)|^안|않|없|빼|괜찮|말고|마세요|버려|됐|\b(?:no|none|without|dont|don't|skip)\b/i;
/** The words that answer: a request ("주세요"), an add, or a taking back ("안 할게요", "필요 없어요"). */
const ANSWERING: readonly Keyword[] = ["request", "add", "cancel", "no", "without", "remove", "refuse"];

interface YesNo {
  yes: string;
  no: string;
}

/** The order options whose two choices are a yes and a no, by the negation in the no's names. */
export function yesNoOrderOptions(menu: MenuModel): Map<string, YesNo> {
  const out = new Map<string, YesNo>();
  for (const g of menu.menu.orderOptions ?? []) {
    const choices = g.choices ?? [];
    if (choices.length !== 2) continue;
    const negative = choices.filter((c) => {
      const names = [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].filter((n): n is string => typeof n === "string");
      const neg = names.filter((n) => NEGATION.test(n)).length;
      return neg > 0 && neg * 2 >= names.length;
    });
    if (negative.length !== 1) continue;
    const no = negative[0]!.id;
    out.set(g.id, { no, yes: choices.find((c) => c.id !== no)!.id });
  }
  return out;
}

/**
 * The atoms with each yes/no order option said as its group (or either choice) then a verb
 * read as the choice that verb says; the verb's atoms are dropped.
 */
export function answerOrderOptions(atoms: Atom[], menu: MenuModel): Atom[] {
  if (!atoms.some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "order" || r.kind === "orderGroup"))) return atoms;
  const yesNo = yesNoOrderOptions(menu);
  if (!yesNo.size) return atoms;
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    out.push(a);
    if (a.kind !== "menu") continue;
    const groups = new Set(a.refs.flatMap((r) => (r.kind === "order" || r.kind === "orderGroup" ? [r.group] : [])));
    if (groups.size !== 1 || a.refs.some((r) => r.kind !== "order" && r.kind !== "orderGroup")) continue;
    const group = [...groups][0]!;
    const yn = yesNo.get(group);
    if (!yn) continue;
    // The words up to and with the verb: kws and words not on the menu, nothing else.
    let j = i + 1;
    let verb = -1;
    while (j < atoms.length && (atoms[j]!.kind === "kw" || atoms[j]!.kind === "unknown")) {
      const x = atoms[j]!;
      if (x.kind === "kw" && x.keywords.some((w) => ANSWERING.includes(w))) verb = j;
      j++;
    }
    if (verb < 0) continue;
    const words = atoms.slice(i + 1, verb + 1);
    const no = words.some((x) => NEGATION.test(x.text) || (x.kind === "kw" && x.keywords.some((w) => w === "cancel" || w === "no" || w === "without" || w === "remove" || w === "refuse")));
    const said = a.refs.find((r) => r.kind === "order");
    // "적립 안 해요" said whole is the no already; its words after it say it again.
    const choice = said?.kind === "order" && said.choice === yn.no ? yn.no : no ? yn.no : yn.yes;
    out[out.length - 1] = { ...a, end: atoms[verb]!.end, tok1: atoms[verb]!.tok1, refs: [{ kind: "order", group, choice }] };
    i = verb;
  }
  return out;
}
