// "후라이드 반 양념 반", "후라이드 반마리 양념 반마리": two items each said with "half" are one
// half-and-half item where the menu has one whose choice names both ("반반치킨" with
// "후라이드 + 양념"); the menu's own choices express it. Two half orders is a reading too,
// so it is a guess (left unplaced: not answered alone). With no such item the words stay
// as they are ("반" is not understood, so the turn is not answered alone either).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { keyOf, type MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

type MenuAtom = Atom & { kind: "menu" };

export function halvesAsOne(atoms: Atom[], menu: MenuModel, unplaced: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const [a, h1, b, h2] = [atoms[i], atoms[i + 1], atoms[i + 2], atoms[i + 3]];
    const itemA = itemOfAtom(a);
    const itemB = itemOfAtom(b);
    const combo = itemA && itemB && itemA !== itemB && isHalf(h1, menu) && isHalf(h2, menu) ? comboNaming(menu, itemA, itemB) : undefined;
    if (!combo) {
      out.push(atoms[i]!);
      continue;
    }
    const ref: MenuRef = { kind: "item", item: combo.item, preset: { [combo.group]: combo.choice }, partial: false };
    const joined: Atom = { ...(a as MenuAtom), end: h2!.end, tok1: h2!.tok1, text: [a, h1, b, h2].map((x) => x!.text).join(" "), refs: [ref], flags: { ...(h2 as MenuAtom).flags } };
    out.push(joined);
    unplaced.push(joined);
    i += 3;
  }
  return out;
}

/**
 * "반반 한마리 후라이드랑 간장", and "양념이랑 간장이요" answering which 반반: two items
 * named together (joined by 랑/하고/and or side by side) whose names joined name one choice
 * of an item ("후라이드+간장" of 반반치킨) are that choice when that item was just named
 * (with nothing but its count and its own choices between) or the kiosk asked that very
 * group. Each half with a count of its own ("후라이드 하나 간장 하나") stays an item; after
 * 랑 ("반반 하나랑 후라이드랑 양념") the pair is read so but not surely.
 */
export function pairAsItsCombo(atoms: Atom[], ctx: ParseContext, unplaced: Atom[]): Atom[] {
  const out: Atom[] = [];
  // The item whose choice a pair could be: the last item named, while only its count,
  // its own choices and joining words followed it; or the item asked about.
  let holder: string | undefined = ctx.asked?.item;
  let askedOnly = !!ctx.asked;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const joined = atoms[i + 1]?.kind === "sep" && (atoms[i + 1] as { why: string }).why === "conj" ? 2 : 1;
    const b = atoms[i + joined];
    const itemA = itemOfAtom(a);
    const itemB = itemOfAtom(b);
    const counted = (x: Atom | undefined) => x?.kind === "num";
    const combo = holder && itemA && itemB && itemA !== itemB && !counted(atoms[i + 1]) && !counted(atoms[i + joined + 1]) ? comboNaming(ctx.menu, itemA, itemB) : undefined;
    if (combo && combo.item === holder && (!askedOnly || combo.group === ctx.asked?.group)) {
      const choice: Atom = { ...(b as MenuAtom), start: a.start, tok0: a.tok0, text: `${a.text} ${b!.text}`, refs: [{ kind: "choice", group: combo.group, choice: combo.choice, name: false }] };
      out.push(choice);
      // "반반 하나랑 후라이드랑 양념": after 랑 the pair may as well be two more things ordered (a guess).
      const prev = atoms[i - 1];
      if (!askedOnly && prev?.kind === "sep" && prev.why === "conj") unplaced.push(choice);
      i += joined;
      holder = undefined;
      continue;
    }
    out.push(a);
    const own = itemOfAtom(a);
    if (own) {
      holder = own;
      askedOnly = false;
    } else if (a.kind === "menu" ? !a.refs.every((r) => r.kind === "choice" && holder && ctx.menu.itemGroup(holder, r.group)) : a.kind !== "num" && a.kind !== "sep") holder = undefined;
  }
  return out;
}

function itemOfAtom(a: Atom | undefined): string | undefined {
  if (a?.kind !== "menu") return undefined;
  const items = [...new Set(a.refs.flatMap((r) => (r.kind === "item" && !r.partial && !r.preset ? [r.item] : [])))];
  return items.length === 1 ? items[0] : undefined;
}

/** "반" (not understood on its own) or a choice named "반 마리"/"half". */
function isHalf(a: Atom | undefined, menu: MenuModel): boolean {
  if (!a) return false;
  if (a.kind === "unknown") return a.text.trim() === "반";
  if (a.kind !== "menu" || !a.refs.length) return false;
  return a.refs.every((r) => r.kind === "choice" && /^반\s*마리|^half$/i.test(menu.choiceName(r.group, r.choice, "ko") ?? ""));
}

/** The item and choice whose name is the two items' names joined ("후라이드 + 양념"). */
function comboNaming(menu: MenuModel, a: string, b: string): { item: string; group: string; choice: string } | undefined {
  const keysOf = (id: string) => {
    const it = menu.item(id);
    const names = [...Object.values(it?.name ?? {}), ...Object.values(it?.aliases ?? {}).flat().filter((x): x is string => typeof x === "string")];
    return new Set(names.map(keyOf));
  };
  const [ka, kb] = [keysOf(a), keysOf(b)];
  const hits: Array<{ item: string; group: string; choice: string }> = [];
  for (const it of menu.menu.items) {
    for (const g of menu.itemGroups(it.id)) {
      if (g.select !== "one") continue;
      for (const c of g.choices) {
        const parts = Object.values((menu.groups.get(g.id)?.choices ?? []).find((x) => x.id === c.id)?.name ?? {}).map((n) => n.split(/\s*\+\s*/).map(keyOf));
        const names = (p: string[]) => p.length === 2 && ((ka.has(p[0]!) && kb.has(p[1]!)) || (kb.has(p[0]!) && ka.has(p[1]!)));
        if (parts.some(names)) hits.push({ item: it.id, group: g.id, choice: c.id });
      }
    }
  }
  return hits.length === 1 ? hits[0]! : undefined;
}
