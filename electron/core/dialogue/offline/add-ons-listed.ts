// "a channa roti with extra potato and pumpkin": a list of add-ons after the word that adds,
// "extra", said once for all of it. The next word of the list, "pumpkin", is the item's own
// add-on ("Add pumpkin", its name without the word that adds), not the pumpkin side the menu
// also sells. (Held-out r49b-019 made a pumpkin side beside the roti, alone.) Said with its
// own article or count, "and a pumpkin", it is an order of its own and stays one.
import type { EffectiveGroup, MenuModel } from "../../../../shared/menu/model.ts";
import { saysAddWord, withoutAddWords } from "./add-words.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

type MenuAtom = Extract<Atom, { kind: "menu" }>;
type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

const choicesOnly = (a: Atom | undefined): a is MenuAtom => a?.kind === "menu" && !a.fuzzy && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");
const listSep = (a: Atom | undefined) => a?.kind === "sep" && (a.why === "conj" || a.text.trim() === ",");

/**
 * The list's one group, where a choice of it is said with a word that adds, and the list's
 * outer end: the choices before atoms[i] (`step` -1, "extra potato and pumpkin") or after it
 * (`step` 1, Korean "호박이랑 감자 추가요").
 */
function listBeside(atoms: Atom[], i: number, step: 1 | -1): { group: string; end: number } | undefined {
  let group: string | undefined;
  // (Or the word itself is said to be put in: "호박도 넣어 주세요".)
  let added = (atoms[i] as MenuAtom).flags.added === true;
  let k = i + step;
  while (listSep(atoms[k]) && choicesOnly(atoms[k + step])) {
    const a = atoms[k + step] as MenuAtom;
    const groups = new Set(a.refs.map((r) => (r as ChoiceRef).group));
    if (groups.size !== 1 || (group && !groups.has(group))) return undefined;
    group = [...groups][0];
    added ||= saysAddWord(a.text);
    k += 2 * step;
  }
  return group && added ? { group, end: k - step } : undefined;
}

/** The item the list is said of: the item named right before it ("a channa roti with …", "채나 로티 하나 …"). */
function itemBefore(atoms: Atom[], first: number): string | undefined {
  let k = first - 1;
  if (atoms[k]?.kind === "kw") k--;
  if (atoms[k]?.kind === "num") k--;
  const a = atoms[k];
  if (a?.kind !== "menu" || a.fuzzy) return undefined;
  const items = a.refs.filter((r) => r.kind === "item");
  return items.length === 1 && items[0]!.kind === "item" ? items[0]!.item : undefined;
}

/** The one choice of the group whose name, without its word that adds, is a name of the item the word says. */
function addOnNamed(menu: MenuModel, g: EffectiveGroup, a: MenuAtom): string | undefined {
  const said = keyOf(a.text);
  const itemKeys = a.refs.flatMap((r) => (r.kind === "item" ? spokenNames(menu.item(r.item)).map(keyOf) : []));
  const hits = g.choices.filter((c) =>
    spokenNames(c, true).some((n) => {
      const core = keyOf(withoutAddWords(n));
      // (Korean: the word with its particle, "호박이랑", "호박도".)
      return core.length > 1 && said.startsWith(core) && itemKeys.includes(core);
    }),
  );
  return hits.length === 1 ? hits[0]!.id : undefined;
}

export function addOnsListed(atoms: Atom[], menu: MenuModel): Atom[] {
  // (Each word read so goes on the list for the next: "extra potato, egg and pumpkin".)
  let out = atoms;
  for (let i = 1; i < out.length; i++) {
    const a = out[i]!;
    if (a.kind !== "menu" || a.fuzzy || !a.refs.some((r) => r.kind === "item")) continue;
    const before = listBeside(out, i, -1);
    const after = before ? undefined : listBeside(out, i, 1);
    const list = before ?? after;
    if (!list) continue;
    const item = itemBefore(out, before ? before.end : i);
    const g = item ? menu.itemGroup(item, list.group) : undefined;
    const choice = g && addOnNamed(menu, g, a);
    if (!choice) continue;
    if (out === atoms) out = [...atoms];
    out[i] = { ...a, refs: [{ kind: "choice", group: g!.id, choice, name: false }] };
  }
  return out;
}
