// Whether a refusal was kept, whatever engine made the cart: the customer said "no onions",
// "hold the ham", "양파 빼고", "콜라 말고", and the final cart has onions, ham, the onion
// removal undone or a cola that the expected cart does not. A check of the words alone —
// a refusal word and a menu name within a few words of it — so it measures every engine
// the same way and does not lean on the offline engine's own reading of refusals. A thing
// counts only when the cart has it, the expected cart does not, and a refusal word stands
// within a few words of its name; so it misses a refused thing that is expected on another
// line of the same item, and a "no" that answers a question can stand near a name.
import type { MenuModel } from "../../../shared/menu/model.ts";
import type { OptionValue } from "../../../shared/menu/schema.ts";
import type { CaseLine } from "./score.ts";

/** English words after which what is named is not wanted. */
const EN_REFUSAL = /^(no|not|without|hold|avoid|minus|except|skip|remove|dont|nothing|forget|cancel|scratch|nix|leave|lose|drop)$/;
/** Korean words before which what is named is not wanted ("양파 빼고", "콜라 말고", "치즈 없이"). */
const KO_REFUSAL = /(빼|말고|없이|제외|취소|안 ?넣)/;
/** Words that hold a refusal's letters and refuse nothing: 곱빼기 (a large portion). */
const KO_NOT_REFUSAL = /곱빼기/g;
/** A choice whose name is itself a refusal ("No onions", "오이 빼기"). */
const REMOVAL_NAME = /\b(no|without|hold|not)\b|빼|없이|제외/;
/** A group whose plainly named choices are what is left out ("Leave out", "Hold", "빼기"). */
const REMOVAL_GROUP = /^(leave (out|off)|hold( the)?|without|no|remove|omit|skip|빼기|빼|제외|없이)$/;
const EN_REACH = 5;
const KO_REACH = 3;

/** The stretches of the words a refusal covers, lower case. */
export function refusedStretches(turns: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of turns) {
    const words = t.toLowerCase().replace(/[’']/g, "").split(/[\s,.!?]+/).filter(Boolean);
    words.forEach((w, i) => {
      const after = words.slice(i + 1, i + 1 + EN_REACH);
      // ("leave the slaw on", "leave it in": kept, not refused.)
      const keeps = w === "leave" && after.some((x) => x === "on" || x === "in");
      if (EN_REFUSAL.test(w) && !keeps) out.push(after.join(" "));
      if (/[가-힣]/.test(w) && KO_REFUSAL.test(w.replace(KO_NOT_REFUSAL, ""))) out.push(words.slice(Math.max(0, i - KO_REACH), i + 1).join(" "));
    });
  }
  return out;
}

/** What the cart has that the expected cart does not, each with its names: items (by quantity) and choices (by item). */
function extras(model: MenuModel, expected: readonly CaseLine[], got: readonly CaseLine[]): string[][] {
  const out: string[][] = [];
  const qty = (ls: readonly CaseLine[], item: string) => ls.filter((l) => l.item === item).reduce((n, l) => n + Number(l.qty ?? 0), 0);
  const choices = (ls: readonly CaseLine[], item: string) => {
    const set = new Set<string>();
    for (const l of ls.filter((x) => x.item === item)) {
      for (const g of model.itemGroups(item)) {
        if (g.select === "count") continue;
        const v: OptionValue | undefined = l.options && g.id in l.options ? l.options[g.id] : g.default;
        for (const c of [v].flat()) if (typeof c === "string") set.add(`${g.id}/${c}`);
      }
    }
    return set;
  };
  for (const item of new Set(got.map((l) => l.item))) {
    const it = model.item(item);
    if (!it) continue;
    if (qty(got, item) > qty(expected, item)) out.push(namesOf(it.name, it.aliases));
    const want = choices(expected, item);
    for (const key of choices(got, item)) {
      if (want.has(key)) continue;
      const [g, c] = key.split("/") as [string, string];
      const choice = model.groups.get(g)?.choices?.find((x) => x.id === c);
      // (A removal put on the wrong line, "오이 빼기", is not a refused thing kept.)
      const names = choice ? namesOf(choice.name, choice.aliases) : [];
      // (Nor a choice of a group named as a removal, "Leave out": Banana: it is the refusal itself.)
      const group = model.groups.get(g);
      const removalGroup = !!group && namesOf(group.name, group.aliases).some((n) => REMOVAL_GROUP.test(n));
      if (names.length && !removalGroup && !names.some((n) => REMOVAL_NAME.test(n))) out.push(names);
    }
  }
  return out;
}

function namesOf(name: Record<string, string>, aliases?: Record<string, ReadonlyArray<string | { text: string }>>): string[] {
  const all = [...Object.values(name), ...Object.values(aliases ?? {}).flat().map((a) => (typeof a === "string" ? a : a.text))];
  return [...new Set(all.map((n) => n.toLowerCase().trim()).filter((n) => n.length >= 2))];
}

/** The customer refused something somewhere in the conversation. */
export function refusesSomething(turns: readonly string[]): boolean {
  return refusedStretches(turns).length > 0;
}

/** Names of what a refusal named that the final cart has and the expected cart does not (empty: none kept). */
export function refusalsKept(model: MenuModel, turns: readonly string[], expected: readonly CaseLine[], got: readonly CaseLine[]): string[] {
  const stretches = refusedStretches(turns);
  if (!stretches.length) return [];
  const squash = (s: string) => s.replace(/\s+/g, "");
  const named = (names: string[]) => names.find((n) => stretches.some((s) => s.includes(n) || squash(s).includes(squash(n))));
  return extras(model, expected, got).flatMap((names) => {
    const n = named(names);
    return n ? [n] : [];
  });
}
