// "1시간 이용권 하나요" → "두 명이요", "30분이요 저희 네 명이에요", "한시간 다섯 명이요": how many
// people, said of an item whose one-choice group names its choices by the people they hold
// ("1~2인실", "3~4인실", "파티룸 (5인 이상)", "2인"), is the choice that holds them; said of an
// item whose own name says it is for one ("상차림 (1인)", "상차림 두 명이요"), so many of it.
// Held-out round 99 (ko-noraebang r99c-001, -002, -010, -019, -029) and r96d-001 (ko-hanu): the
// number was dropped (한/두/세/네 with no counter the language knows) and 명 left unread. Read from
// the menu's own names only; people no choice holds, or held by two, are left as said (a guess).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Keyword } from "./language.ts";
import type { Atom } from "./scan.ts";
import { peopleInItsName } from "./count-in-its-name.ts";
import { spokenNames } from "./name-forms.ts";

/** 명 / 사람 after a number, with the endings said after it ("명이요", "명이서", "명이에요"). */
export const PEOPLE_WORD = /^(?:명|사람)(?:이서|이요|요|이에요|에요|입니다|이고|이라서|이니까)?$/;

interface Holds {
  group: string;
  choice: string;
  from: number;
  to: number;
}

/** The people a choice's name says it holds: "1~2인실", "1-2 people" (a range), "5인 이상", "(5+)" (and more), "2인" (just so many). */
function peopleHeld(name: string): { from: number; to: number } | undefined {
  const range = /(\d{1,2})\s*[~\-–]\s*(\d{1,2})\s*(?:인|명|people|persons|pax)/i.exec(name);
  if (range) return { from: Number(range[1]), to: Number(range[2]) };
  // (Not the grade "1++" of "한우 1++ 등심": the plus only in brackets, "(5+)", r107d-004.)
  const more = /(\d{1,2})\s*(?:인|명)\s*이상|\(\s*(\d{1,2})\s*\+\s*\)|(\d{1,2})\s*\+\s*(?:인|명|people|persons|pax)/i.exec(name);
  if (more) return { from: Number(more[1] ?? more[2] ?? more[3]), to: Infinity };
  const exact = /^(\d{1,2})\s*(?:인|명)(?:실|용|분)?$/.exec(name.trim());
  return exact ? { from: Number(exact[1]), to: Number(exact[1]) } : undefined;
}

const cache = new WeakMap<MenuModel, Map<string, Holds[]>>();

/** Per item: the choices of its one-choice groups that say how many people they hold. */
function holdsOf(menu: MenuModel, item: string): Holds[] {
  let byItem = cache.get(menu);
  if (!byItem) cache.set(menu, (byItem = new Map()));
  let out = byItem.get(item);
  if (!out) {
    out = [];
    for (const g of menu.itemGroups(item)) {
      if (g.select !== "one") continue;
      for (const c of g.choices) {
        const names = [c.name.ko, c.name.en, ...(c.aliases?.ko ?? []), ...(c.aliases?.en ?? [])].flatMap((n) => (typeof n === "string" ? [n] : []));
        for (const n of names) {
          const h = peopleHeld(n);
          if (h) out.push({ group: g.id, choice: c.id, ...h });
        }
      }
    }
    byItem.set(item, out);
  }
  return out;
}

/** The one choice that holds `n` people, if the item's choices say so of exactly one. */
function choiceHolding(menu: MenuModel, item: string, n: number): Holds | undefined {
  const hits = holdsOf(menu, item).filter((h) => n >= h.from && n <= h.to);
  const distinct = new Set(hits.map((h) => `${h.group}/${h.choice}`));
  return distinct.size === 1 ? hits[0] : undefined;
}

const itemOf = (a: Atom | undefined): string | undefined => {
  if (a?.kind !== "menu" || a.partial) return undefined;
  const items = new Set(a.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : [])));
  return items.size === 1 ? [...items][0] : undefined;
};

/** An item whose own name says it is for one person ("상차림 (1인)"): counted by the people. */
const forOne = (menu: MenuModel, item: string) => {
  const people = peopleInItsName(menu, item);
  return (people.size === 1 && people.has(1) && spokenNames(menu.item(item)).length > 0) || (!people.size && pricedPerPerson(menu, item));
};

/** "코스 두 명이요" of a course whose description says its price is one person's ("1인 가격", "Per person"), held-out r107d-004. */
const pricedPerPerson = (menu: MenuModel, item: string) => Object.values(menu.item(item)?.description ?? {}).some((d) => /(?:^|[^\d])1\s?인\s?(?:가격|기준)|\bper person\b/i.test(d ?? ""));

/** Read as nothing here, 한/두/세/네 with no counter are no number, as atoms.ts has them (네 alone is "yes"). */
function asSaidBefore(a: Atom & { alt?: Keyword[] }): Atom[] {
  return a.alt?.length ? [{ start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: a.alt, flags: {} }] : [];
}

export function peopleSaid(atoms: Atom[], menu: MenuModel, asked: string | undefined, inHand: string | undefined): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const next = atoms[i + 1];
    const said = a as Atom & { beforePeople?: boolean; alt?: Keyword[] };
    if (a.kind !== "num" || a.unit || next?.kind !== "unknown" || !PEOPLE_WORD.test(next.text.trim())) {
      out.push(...(said.beforePeople ? asSaidBefore(said) : [a]));
      continue;
    }
    let before: string | undefined;
    for (let j = i - 1; j >= 0 && !before; j--) before = itemOf(atoms[j]);
    const item = before ?? asked ?? inHand;
    const span = { start: a.start, end: next.end, tok0: a.tok0, tok1: next.tok1, text: `${a.text} ${next.text}` };
    const held = item ? choiceHolding(menu, item, a.value) : undefined;
    if (held) {
      out.push({ ...span, kind: "menu", refs: [{ kind: "choice", group: held.group, choice: held.choice, name: false }], fuzzy: false, partial: false, flags: {} });
      i++;
    } else if (before && forOne(menu, before)) {
      out.push({ ...span, kind: "num", value: a.value, times: false, counted: true, article: false, flags: a.flags, unit: "명" });
      i++;
    } else out.push(...(said.beforePeople ? asSaidBefore(said) : [a]));
  }
  return out;
}
