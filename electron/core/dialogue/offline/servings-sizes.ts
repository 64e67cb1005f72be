// "보쌈 3인분이요" where the board says the sizes feed so many people ("소(2인)/중(3인)/대(4인)"
// in the item's description, or a choice called "3인"/"3인용"/"세 명"): the servings said name
// the size, one of it, not three of the item. Read from the menu's own words only: the item's
// choices and description are sure; where only another item sharing the size group says it
// ("족발 4인분" beside the bossam's description), the size is the best reading and a guess; a
// number of people no size feeds, or a size group whose sizes say nothing of people on an item
// the words count in 인분, is a guess too (the count kept).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { koreanNumberWords } from "./numbers.ts";

/** Counters of servings or people a size may be named by ("3인분", "3인", "3명"). */
const SERVINGS_UNITS: ReadonlySet<string> = new Set(["인분", "인", "명"]);

/** A number of servings: "3인분", "세 명", or the Sino-Korean word that is one, "삼인분". */
function servingsSaid(a: Atom & { kind: "num" }): boolean {
  return a.unit ? SERVINGS_UNITS.has(a.unit.replace(/\s/g, "")) : /^[일이삼사오육칠팔구십]\s?인분/.test(a.text.trim());
}

interface Feeds {
  group: string;
  choice: string;
}

const cache = new WeakMap<MenuModel, Map<string, { own: Map<number, Feeds>; shared: Map<number, Feeds> }>>();

/** How many people a choice's own name says it feeds ("2인", "2인용", "두 명"), or undefined. */
function peopleInName(name: string): number | undefined {
  const m = /^(\S+?)\s*(?:인|명)(?:분|용)?$/.exec(name.trim());
  if (!m) return undefined;
  if (/^\d{1,2}$/.test(m[1]!)) return Number(m[1]);
  return koreanNumberWords().find((w) => w.text === m[1])?.n;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "소(2인)/중(3인)": the people a choice feeds, as the item's description says next to its name. */
function peopleInDescription(description: string, names: readonly string[]): number | undefined {
  for (const n of names) {
    const m = new RegExp(`(?:^|[\\s/,·(])${escape(n.trim())}\\s*\\(\\s*(\\d{1,2})\\s*(?:인|명)(?:분|용)?\\s*\\)`).exec(description);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Per item: the choices its own words say feed so many people, and those only another item's words say so of. */
function feedsOf(menu: MenuModel, item: string): { own: Map<number, Feeds>; shared: Map<number, Feeds> } {
  let all = cache.get(menu);
  if (!all) {
    all = new Map();
    const byDescription = new Map<string, Map<number, Feeds>>(); // group → people → choice, from any item
    const fromItem = new Map<string, Map<number, Feeds>>();
    for (const it of menu.items.values()) {
      const own = new Map<number, Feeds>();
      for (const g of menu.itemGroups(it.id)) {
        if (g.select !== "one") continue;
        for (const c of g.choices) {
          const names = [c.name.ko, ...(c.aliases?.ko ?? []).map((a) => (typeof a === "string" ? a : undefined))].filter((n): n is string => !!n);
          const said = names.map(peopleInName).find((n) => n !== undefined);
          const described = it.description?.ko ? peopleInDescription(it.description.ko, names) : undefined;
          const n = said ?? described;
          if (n === undefined || own.has(n)) continue;
          own.set(n, { group: g.id, choice: c.id });
          if (described !== undefined) byDescription.set(g.id, (byDescription.get(g.id) ?? new Map()).set(n, { group: g.id, choice: c.id }));
        }
      }
      fromItem.set(it.id, own);
    }
    for (const it of menu.items.values()) {
      const own = fromItem.get(it.id)!;
      const shared = new Map<number, Feeds>();
      for (const g of menu.itemGroups(it.id)) {
        if (own.size || !byDescription.has(g.id)) continue;
        for (const [n, f] of byDescription.get(g.id)!) if (g.choices.some((c) => c.id === f.choice)) shared.set(n, f);
      }
      all.set(it.id, { own, shared });
    }
    cache.set(menu, all);
  }
  return all.get(item) ?? { own: new Map(), shared: new Map() };
}

/**
 * The servings said right after an item whose sizes feed so many people, read as that size
 * (a choice of the item, said as the number was); flagged `guessed` where the menu does not
 * say it of this item, or no size feeds that many.
 */
export function servingsNameTheSize(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a0, i) => {
    const prev = atoms[i - 1];
    const a = servingsOfOtherItems(a0, prev, menu, atoms[i - 2]) ?? a0;
    if (a.kind !== "num" || !servingsSaid(a) || a.times || prev?.kind !== "menu") return a;
    const itemsOf = (x: Atom | undefined) => (x?.kind === "menu" ? [...new Set(x.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])))] : []);
    const items = itemsOf(prev);
    // ("보쌈 중 2인분": a size said, then servings another size feeds, or so many of it? A guess.)
    const before = itemsOf(atoms[i - 2]);
    if (!items.length && prev.refs.every((r) => r.kind === "choice") && before.length === 1) {
      const { own, shared } = feedsOf(menu, before[0]!);
      return own.size || shared.size ? { ...a, flags: { ...a.flags, guessed: true } } : a;
    }
    if (items.length !== 1) return a;
    const { own, shared } = feedsOf(menu, items[0]!);
    const hit = own.get(a.value) ?? shared.get(a.value);
    if (!hit) return own.size || shared.size ? { ...a, flags: { ...a.flags, guessed: true } } : a;
    return {
      start: a.start,
      end: a.end,
      tok0: a.tok0,
      tok1: a.tok1,
      text: a.text,
      kind: "menu",
      refs: [{ kind: "choice", group: hit.group, choice: hit.choice, name: false }],
      fuzzy: false,
      partial: false,
      flags: { ...a.flags, ...(own.has(a.value) ? {} : { guessed: true }) },
    };
  });
}

/**
 * "보쌈 3인분" where another item's choice is called "3인" (a stew's pot): the words name that
 * choice, which the item said does not take; as servings of this item they are a number.
 */
function servingsOfOtherItems(a: Atom, prev: Atom | undefined, menu: MenuModel, before?: Atom): (Atom & { kind: "num" }) | undefined {
  // ("막창 2인분이랑 대창 1인분이요": with 이랑, 하고 joining the next thing too.)
  const m = /^(\d{1,2})\s?인분?(?:이요|요|이에요|으로|으로요|이랑|랑|하고|이고|씩)?$/.exec(a.text.trim());
  if (!m || a.kind !== "menu" || prev?.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "choice")) return undefined;
  // ("대창 양념으로 2인분": the item's own choice said between it and its servings.)
  const named = prev.refs.some((r) => r.kind === "item") ? prev : before?.kind === "menu" && prev.refs.every((r) => r.kind === "choice") ? before : undefined;
  const items = [...new Set((named?.kind === "menu" ? named.refs : []).flatMap((r) => (r.kind === "item" ? [r.item] : [])))];
  if (items.length !== 1 || a.refs.some((r) => r.kind === "choice" && menu.itemGroup(items[0]!, r.group))) return undefined;
  if (named !== prev && !prev.refs.some((r) => r.kind === "choice" && menu.itemGroup(items[0]!, r.group))) return undefined;
  return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: m[1]!, kind: "num", value: Number(m[1]), times: false, counted: true, article: false, flags: a.flags, unit: "인분" };
}
