// The menu validator's problems (`items[2].price: must be an integer`) in words a
// store owner reads next to the field: which item, which field, what to do. The
// path stays with each problem so a form can place it beside its input.

export interface FieldProblem {
  /** The validator's path (`items[2].price`); forms match it against their fields. */
  path: string;
  /** What it is about, in words: `Item "Latte", price`. */
  where: string;
  message: string;
}

const FIELD_WORDS: Record<string, string> = {
  id: "id",
  name: "name",
  description: "description",
  price: "price",
  category: "category",
  image: "picture",
  soldOut: "sold out",
  aliases: "other names",
  optionGroups: "option groups",
  choices: "choices",
  default: "default",
  min: "minimum",
  max: "maximum",
  unitPrice: "price per unit",
  select: "how many can be chosen",
  currency: "currency",
  languages: "languages",
  tags: "tags",
  group: "option group",
};

const LANGUAGE_WORDS: Record<string, string> = { ko: "Korean", en: "English", ja: "Japanese", zh: "Chinese" };

const MESSAGE_WORDS: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/^must match \^\[a-z0-9\].*$/, "use lowercase letters, digits, - and _ only, starting with a letter or digit"],
  [/^expected number, received (string|NaN|undefined|null)$/, "must be a number"],
  [/^expected string, received undefined$/, "is required"],
  [/^expected record, received undefined$/, "is required"],
  [/^must be an integer$/, "must be a whole number (no decimals)"],
  [/^Too small: expected number to be >=0$/, "must not be negative"],
  [/^missing text for language "(\w+)"$/, (m) => `${LANGUAGE_WORDS[m[1]!] ?? `"${m[1]}"`} text is missing`],
  [/^must not be empty$/, "must not be empty"],
  [/^Too small: expected array to have >=1 items$/, "needs at least one"],
];

function words(message: string): string {
  for (const [re, out] of MESSAGE_WORDS) {
    const m = re.exec(message);
    if (m) return typeof out === "string" ? out : out(m);
  }
  return message;
}

type Named = { id?: unknown; name?: unknown };
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function label(thing: unknown, lang: string): string {
  if (!isObj(thing)) return "";
  const n = (thing as Named).name;
  const name = isObj(n) ? [n[lang], ...Object.values(n)].find((x) => typeof x === "string" && x !== "") : undefined;
  if (typeof name === "string" && name) return `"${name}"`;
  return typeof thing.id === "string" && thing.id ? `"${thing.id}"` : "";
}

const LIST_WORDS: Record<string, string> = {
  items: "Item",
  categories: "Category",
  optionGroups: "Option group",
  orderOptions: "Order option",
  choices: "choice",
};

/** Parse `items[2].choices[0].name` into ["items", 2, "choices", 0, "name"]. */
export function splitPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** One validator problem in words. */
export function explainProblem(problem: string, menu: unknown, lang = "en"): FieldProblem {
  const colon = problem.indexOf(": ");
  const path = colon < 0 ? "(menu)" : problem.slice(0, colon);
  const message = words(colon < 0 ? problem : problem.slice(colon + 2));
  if (path === "(menu)") return { path, where: "The menu", message };
  const parts = splitPath(path);
  const where: string[] = [];
  let node: unknown = menu;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const next = parts[i + 1];
    if (typeof p === "string" && typeof next === "number" && LIST_WORDS[p]) {
      node = isObj(node) && Array.isArray(node[p]) ? (node[p] as unknown[])[next] : undefined;
      const name = label(node, lang);
      where.push(`${LIST_WORDS[p]} ${name || `#${next + 1}`}`);
      i++;
      continue;
    }
    if (p === "store") {
      where.push("Store");
      node = isObj(node) ? node.store : undefined;
      continue;
    }
    if (typeof p === "string" && (p === "name" || p === "description") && typeof parts[i + 1] === "string") {
      where.push(`${FIELD_WORDS[p]} (${LANGUAGE_WORDS[parts[i + 1] as string] ?? parts[i + 1]})`);
      break;
    }
    if (p === "optionGroups" && typeof next === "number") {
      where.push(`option group #${next + 1}`);
      i++;
      continue;
    }
    if (typeof p === "string") where.push(FIELD_WORDS[p] ?? p);
    node = isObj(node) && typeof p === "string" ? node[p] : undefined;
  }
  return { path, where: where.join(", "), message };
}

export function explainProblems(problems: readonly string[], menu: unknown, lang = "en"): FieldProblem[] {
  return problems.map((p) => explainProblem(p, menu, lang));
}

/** The problems that belong to a field or anything inside it (`items[2]` also gets `items[2].name.en`). */
export function problemsAt(problems: readonly FieldProblem[], path: string, exact = false): FieldProblem[] {
  return problems.filter((p) => p.path === path || (!exact && (p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))));
}
