// "a bacon egg and cheese" where the menu calls its no-meat choice "Egg and cheese": a choice
// said right before a name of its own group's "none" choice (a name with no negation in the
// words said) is that choice on the thing so named, not a second thing with no meat. Said as
// "no meat", "without bacon", the none choice is meant and stays.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";

/** A choice's names that say "none of this": "No meat", "None", "Plain, nothing on it". */
const NONE_NAME = /^(?:no|none|nothing|without)\b|\bnone\b|없음|없이|안 함/i;
/** Words that negate when said: the customer asked for none. */
const NEGATING = /\b(?:no|none|nothing|without|hold|skip|plain)\b|없|빼|말고/i;

export function choiceBeforeItsNone(atoms: Atom[], menu: MenuModel): Atom[] {
  const isNone = (group: string, choice: string) => {
    const c = menu.groups.get(group)?.choices?.find((x) => x.id === choice);
    return !!c && (c.id === "none" || Object.values(c.name).some((n) => NONE_NAME.test(n)));
  };
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const prev = out[out.length - 1];
    const none = a.kind === "menu" && a.refs.length > 0 && !NEGATING.test(a.text) && a.refs.every((r) => r.kind === "choice" && isNone(r.group, r.choice));
    const said = none && prev?.kind === "menu" && prev.refs.length > 0 && prev.refs.every((r) => r.kind === "choice" && a.refs.some((n) => n.kind === "choice" && n.group === r.group && n.choice !== r.choice));
    // The name stays in the words as what the thing is called: read as filler.
    if (said) out.push({ start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: ["filler"], flags: {} });
    else out.push(a);
  }
  return out;
}
