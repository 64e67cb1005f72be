// Menu validation: every problem at once, each as `<JSON path>: <what is wrong>`.
// Structure comes from zod (schema.ts); the cross-references below are checked on
// whatever parts of the file are well-formed, so one typo never hides another.
import type { Menu, OptionGroup } from "./schema.ts";
import { menuSchema } from "./schema.ts";
import { checkMenuLimits } from "./limits.ts";

export type MenuCheck = { ok: true; menu: Menu; problems: [] } | { ok: false; problems: string[] };

type Path = readonly (string | number)[];

export function formatPath(path: Path): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? p : `.${p}`;
  }
  return out || "(menu)";
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

export function validateMenu(input: unknown): MenuCheck {
  const problems: string[] = [];
  const parsed = menuSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${formatPath(issue.path as Path)}: ${describeIssue(issue)}`);
    }
  }
  if (isObj(input)) {
    const report = (path: Path, msg: string) => problems.push(`${formatPath(path)}: ${msg}`);
    checkMenuLimits(input, report);
    crossCheck(input, report);
  }
  const unique = [...new Set(problems)];
  if (unique.length > 0 || !parsed.success) return { ok: false, problems: unique };
  return { ok: true, menu: parsed.data, problems: [] };
}

function describeIssue(issue: { code: string; message: string; keys?: string[] }): string {
  if (issue.code === "unrecognized_keys" && issue.keys) return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  if (issue.code === "invalid_type" && /received undefined/.test(issue.message)) return "is required";
  return issue.message.replace(/^Invalid input: /, "");
}

function crossCheck(m: Record<string, unknown>, report: (path: Path, msg: string) => void): void {
  const store = isObj(m.store) ? m.store : {};
  const langs = arr(store.languages).filter((l): l is string => typeof l === "string");

  const checkText = (t: unknown, path: Path, optional = false) => {
    if (t === undefined && optional) return;
    if (!isObj(t)) return; // zod reports the shape
    for (const l of langs) if (typeof t[l] !== "string") report(path, `missing text for language "${l}"`);
  };
  checkText(store.name, ["store", "name"]);

  // Option groups and order options share one id space.
  const groupById = new Map<string, Record<string, unknown>>();
  const seenGroup = new Set<string>();
  for (const [listName, list] of [["orderOptions", m.orderOptions], ["optionGroups", m.optionGroups]] as const) {
    arr(list).forEach((g, gi) => {
      if (!isObj(g)) return;
      const id = str(g.id);
      const path = [listName, gi];
      if (id !== undefined) {
        if (seenGroup.has(id)) report([...path, "id"], `duplicate option group id "${id}"`);
        seenGroup.add(id);
        if (listName === "optionGroups") groupById.set(id, g);
      }
      checkGroup(g, path, checkText, report);
    });
  }

  const categoryIds = new Set<string>();
  arr(m.categories).forEach((c, ci) => {
    if (!isObj(c)) return;
    const id = str(c.id);
    if (id !== undefined) {
      if (categoryIds.has(id)) report(["categories", ci, "id"], `duplicate category id "${id}"`);
      categoryIds.add(id);
    }
    checkText(c.name, ["categories", ci, "name"]);
    checkImage(c.image, ["categories", ci, "image"], report);
  });

  const itemIds = new Set<string>();
  arr(m.items).forEach((it, ii) => {
    if (!isObj(it)) return;
    const path = ["items", ii];
    const id = str(it.id);
    if (id !== undefined) {
      if (itemIds.has(id)) report([...path, "id"], `duplicate item id "${id}"`);
      itemIds.add(id);
    }
    const cat = str(it.category);
    if (cat !== undefined && !categoryIds.has(cat)) report([...path, "category"], `unknown category "${cat}"`);
    checkText(it.name, [...path, "name"]);
    checkText(it.description, [...path, "description"], true);
    checkImage(it.image, [...path, "image"], report);

    // The groups this item uses, with the item's narrowing applied.
    const applied = new Map<string, { g: Record<string, unknown>; choices: Set<string> }>();
    arr(it.optionGroups).forEach((ref, ri) => {
      const rpath = [...path, "optionGroups", ri];
      const r = typeof ref === "string" ? { group: ref } : isObj(ref) ? ref : undefined;
      if (!r) return;
      const gid = str(r.group);
      if (gid === undefined) return;
      const g = groupById.get(gid);
      if (!g) {
        report(rpath, `unknown option group "${gid}"`);
        return;
      }
      if (applied.has(gid)) report(rpath, `option group "${gid}" is listed twice`);
      const groupChoices = arr(g.choices).map((c) => (isObj(c) ? str(c.id) : undefined)).filter((x): x is string => !!x);
      let choices = new Set(groupChoices);
      if (Array.isArray(r.choices)) {
        const narrowed = new Set<string>();
        r.choices.forEach((cid, ci) => {
          if (typeof cid !== "string") return;
          if (!choices.has(cid)) report([...rpath, "choices", ci], `unknown choice "${cid}" in group "${gid}"`);
          else narrowed.add(cid);
        });
        choices = narrowed;
      }
      applied.set(gid, { g, choices });
      const select = str(g.select);
      const min = typeof r.min === "number" ? r.min : typeof g.min === "number" ? g.min : 0;
      const max = typeof r.max === "number" ? r.max : typeof g.max === "number" ? g.max : undefined;
      if (max !== undefined && min > max) report(rpath, `min ${min} is greater than max ${max}`);
      if (select !== "count" && select !== "many" && (r.min !== undefined || r.max !== undefined)) {
        report(rpath, `min/max only apply to "count" and "many" groups`);
      }
      if (r.default !== undefined) {
        checkDefault(select, r.default, choices, min, max, [...rpath, "default"], report);
      } else if (select === "one" && typeof g.default === "string" && !choices.has(g.default)) {
        report(rpath, `the group's default "${g.default}" is not among this item's choices; give the item its own default`);
      } else if (select === "count" && typeof g.default === "number") {
        if (g.default < min || (max !== undefined && g.default > max)) report(rpath, `the group's default ${g.default} is outside ${min}..${max ?? "∞"} for this item`);
      }
    });

    // Aliases with preset options must name groups and values this item accepts.
    if (isObj(it.aliases)) {
      for (const [lang, list] of Object.entries(it.aliases)) {
        arr(list).forEach((a, ai) => {
          if (!isObj(a) || !isObj(a.options)) return;
          for (const [gid, v] of Object.entries(a.options)) {
            const apath = ["items", ii, "aliases", lang, ai, "options", gid];
            const ap = applied.get(gid);
            if (!ap) {
              report(apath, `option group "${gid}" does not apply to this item`);
              continue;
            }
            const select = str(ap.g.select);
            const values = Array.isArray(v) ? v : [v];
            if (select === "count") {
              if (typeof v !== "number") report(apath, `must be a number for count group "${gid}"`);
            } else {
              if (select === "one" && Array.isArray(v)) report(apath, `must be one choice id for group "${gid}"`);
              for (const x of values) if (typeof x === "string" && !ap.choices.has(x)) report(apath, `unknown choice "${x}" in group "${gid}"`);
            }
          }
        });
      }
    }
  });
}

function checkGroup(
  g: Record<string, unknown>,
  path: Path,
  checkText: (t: unknown, path: Path, optional?: boolean) => void,
  report: (path: Path, msg: string) => void,
): void {
  checkText(g.name, [...path, "name"]);
  const select = str(g.select) as OptionGroup["select"] | undefined;
  const choiceIds = new Set<string>();
  arr(g.choices).forEach((c, ci) => {
    if (!isObj(c)) return;
    const cid = str(c.id);
    if (cid !== undefined) {
      if (choiceIds.has(cid)) report([...path, "choices", ci, "id"], `duplicate choice id "${cid}"`);
      choiceIds.add(cid);
    }
    checkText(c.name, [...path, "choices", ci, "name"]);
  });
  if ((select === "one" || select === "many") && Array.isArray(g.choices) && g.choices.length === 0) {
    report([...path, "choices"], "needs at least one choice");
  }
  if (select === "count" && g.choices !== undefined) report([...path, "choices"], `a "count" group has no choices`);
  if (select === "one" && (g.min !== undefined || g.max !== undefined)) report(path, `min/max only apply to "count" and "many" groups`);
  const min = typeof g.min === "number" ? g.min : 0;
  const max = typeof g.max === "number" ? g.max : undefined;
  if (max !== undefined && min > max) report(path, `min ${min} is greater than max ${max}`);
  if (g.unitPrice !== undefined && select !== "count") report([...path, "unitPrice"], `only a "count" group has a unitPrice`);
  if (g.default !== undefined) checkDefault(select, g.default, choiceIds, min, max, [...path, "default"], report);
}

function checkDefault(
  select: string | undefined,
  def: unknown,
  choices: Set<string>,
  min: number,
  max: number | undefined,
  path: Path,
  report: (path: Path, msg: string) => void,
): void {
  if (select === "one") {
    if (typeof def !== "string") report(path, "must be a choice id");
    else if (!choices.has(def)) report(path, `unknown choice "${def}"`);
  } else if (select === "count") {
    if (typeof def !== "number") report(path, "must be an integer for a count group");
    else if (def < min || (max !== undefined && def > max)) report(path, `${def} is outside ${min}..${max ?? "∞"}`);
  } else if (select === "many") {
    report(path, `a "many" group has no default`);
  }
}

function checkImage(v: unknown, path: Path, report: (path: Path, msg: string) => void): void {
  if (typeof v !== "string") return;
  if (/^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith("/") || v.startsWith("\\") || v.split(/[\\/]/).includes("..")) {
    report(path, "must be a path relative to the menu file, inside its folder");
  }
}
