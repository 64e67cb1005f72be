// A read-back check: the turn names an option group with none of its choices ("and warm it up
// please" of a quiche whose group is called "Warm it up?"), asks nothing, and leaves the cart as
// it was. Sealed r103d-029 was answered alone with the warming lost: the words were a request,
// read as the group's heading with nothing chosen. Whatever step read it so, a group named in a
// request that changed nothing has not done what was asked: a guess.
import { sameCart } from "./count-put-changed-nothing.ts";
import type { TurnResult } from "./turn-draft.ts";

export function groupNamedChangedNothing(d: TurnResult): string[] {
  const u = d.utterance;
  if (u.questions.length || !d.before.lines.length || !sameCart(d.before, d.state)) return [];
  const named = u.atoms.filter((a) => a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "group" && d.menu.groups.get(r.group)?.select !== "count"));
  // (A choice said too, "맵기는 보통이요", "음료는 둘 다 뜨거운 걸로요" of the default: chosen, nothing to change.)
  const chosen = u.atoms.some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "choice"));
  return named.length && !chosen ? [`an option group named with no choice ("${named[0]!.text}"), nothing asked, and the cart as it was`] : [];
}
