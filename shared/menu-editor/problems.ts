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

interface Vocabulary {
  fields: Record<string, string>;
  languages: Record<string, string>;
  lists: Record<string, string>;
  store: string;
  menu: string;
  /** Validator messages (as it writes them) → words; unmatched ones stay as they are. */
  messages: [RegExp, string | ((m: RegExpExecArray, v: Vocabulary) => string)][];
}

const en: Vocabulary = {
  fields: {
    id: "id", name: "name", description: "description", price: "price", category: "category", image: "picture", soldOut: "sold out",
    aliases: "other names", optionGroups: "option groups", choices: "choices", default: "default", min: "minimum", max: "maximum",
    unitPrice: "price per unit", select: "how many can be chosen", currency: "currency", languages: "languages", tags: "tags", group: "option group",
    items: "items", categories: "categories", orderOptions: "order options",
  },
  languages: { ko: "Korean", en: "English", ja: "Japanese", zh: "Chinese" },
  lists: { items: "Item", categories: "Category", optionGroups: "Option group", orderOptions: "Order option", choices: "choice" },
  store: "Store",
  menu: "The menu",
  messages: [
    [/^must match \^\[a-z0-9\].*$/, "use lowercase letters, digits, - and _ only, starting with a letter or digit"],
    [/^expected number, received (string|NaN|undefined|null)$/, "must be a number"],
    [/^expected string, received undefined$/, "is required"],
    [/^expected record, received undefined$/, "is required"],
    [/^must be an integer$/, "must be a whole number (no decimals)"],
    [/^Too small: expected number to be >=0$/, "must not be negative"],
    [/^missing text for language "(\w+)"$/, (m, v) => `${v.languages[m[1]!] ?? `"${m[1]}"`} text is missing`],
    [/^must not be empty$/, "must not be empty"],
    [/^Too small: expected array to have >=1 items$/, "needs at least one"],
  ],
};

const ko: Vocabulary = {
  fields: {
    id: "ID", name: "이름", description: "설명", price: "가격", category: "카테고리", image: "사진", soldOut: "품절",
    aliases: "다른 이름", optionGroups: "옵션", choices: "선택지", default: "기본값", min: "최소", max: "최대",
    unitPrice: "개당 가격", select: "고르는 방법", currency: "통화", languages: "언어", tags: "태그", group: "옵션",
    items: "상품", categories: "카테고리", orderOptions: "주문 옵션",
  },
  languages: { ko: "한국어", en: "영어", ja: "일본어", zh: "중국어" },
  lists: { items: "상품", categories: "카테고리", optionGroups: "옵션", orderOptions: "주문 옵션", choices: "선택지" },
  store: "가게",
  menu: "메뉴",
  messages: [
    [/^must match \^\[a-z0-9\].*$/, "영문 소문자, 숫자, -, _ 만 쓸 수 있어요 (첫 글자는 영문 소문자나 숫자)"],
    [/^expected number, received (string|NaN|undefined|null)$/, "숫자로 적어 주세요"],
    [/^expected (string|record), received undefined$/, "꼭 채워 주세요"],
    [/^must be an integer$/, "소수점 없이 적어 주세요"],
    [/^Too small: expected number to be >=0$/, "0보다 작을 수 없어요"],
    [/^missing text for language "(\w+)"$/, (m, v) => `${v.languages[m[1]!] ?? `"${m[1]}"`}가 비어 있어요`],
    [/^must not be empty$/, "비어 있으면 안 돼요"],
    [/^Too small: expected array to have >=1 items$/, "하나 이상 있어야 해요"],
    [/^needs at least one item$/, "상품이 하나 이상 있어야 해요"],
    [/^needs at least one choice$/, "선택지가 하나 이상 있어야 해요"],
    [/^duplicate [a-z ]+ id "(.*)"$/, (m) => `ID "${m[1]}"가 겹쳐요`],
    [/^unknown category "(.*)"$/, (m) => `카테고리 "${m[1]}"가 없어요`],
    [/^unknown option group "(.*)"$/, (m) => `옵션 "${m[1]}"가 없어요`],
    [/^unknown choice "(.*)" in group "(.*)"$/, (m) => `선택지 "${m[1]}"가 옵션 "${m[2]}"에 없어요`],
    [/^unknown choice "(.*)"$/, (m) => `선택지 "${m[1]}"가 없어요`],
    [/^option group "(.*)" is listed twice$/, (m) => `옵션 "${m[1]}"가 두 번 들어 있어요`],
    [/^min (\d+) is greater than max (\d+)$/, (m) => `최소(${m[1]})가 최대(${m[2]})보다 커요`],
    [/^the group's default "(.*)" is not among this item's choices; give the item its own default$/, (m) => `옵션의 기본값 "${m[1]}"를 이 상품에서 고를 수 없어요. 이 상품의 기본값을 정해 주세요`],
    [/^a "many" group has no default$/, "여러 개 고르는 옵션에는 기본값이 없어요"],
    [/^min\/max only apply to "count" and "many" groups$/, "최소/최대는 \"여러 개\"나 \"개수\" 옵션에만 써요"],
    [/^must be a two-letter language code$/, "두 글자 언어 코드여야 해요 (예: ko)"],
    [/^must be an ISO 4217 code like KRW$/, "KRW 같은 통화 코드여야 해요"],
    [/^must be a path relative to the menu file, inside its folder$/, "메뉴 폴더 안의 상대 경로여야 해요"],
  ],
};

const VOCABULARIES: Record<string, Vocabulary> = { en, ko };

function words(message: string, v: Vocabulary): string {
  for (const [re, out] of v.messages) {
    const m = re.exec(message);
    if (m) return typeof out === "string" ? out : out(m, v);
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

/** Parse `items[2].choices[0].name` into ["items", 2, "choices", 0, "name"]. */
export function splitPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/**
 * One validator problem in words: names of items and groups in `lang` (a store
 * language), the words around them in `wordsLang` (the staff's; English or Korean).
 */
export function explainProblem(problem: string, menu: unknown, lang = "en", wordsLang = "en"): FieldProblem {
  const v = VOCABULARIES[wordsLang] ?? en;
  const colon = problem.indexOf(": ");
  const path = colon < 0 ? "(menu)" : problem.slice(0, colon);
  const message = words(colon < 0 ? problem : problem.slice(colon + 2), v);
  if (path === "(menu)") return { path, where: v.menu, message };
  const parts = splitPath(path);
  const where: string[] = [];
  let node: unknown = menu;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const next = parts[i + 1];
    if (typeof p === "string" && typeof next === "number" && v.lists[p] && !(p === "optionGroups" && i > 0)) {
      node = isObj(node) && Array.isArray(node[p]) ? (node[p] as unknown[])[next] : undefined;
      const name = label(node, lang);
      where.push(`${v.lists[p]} ${name || `#${next + 1}`}`);
      i++;
      continue;
    }
    if (p === "store") {
      where.push(v.store);
      node = isObj(node) ? node.store : undefined;
      continue;
    }
    if (typeof p === "string" && (p === "name" || p === "description") && typeof parts[i + 1] === "string") {
      where.push(`${v.fields[p]} (${v.languages[parts[i + 1] as string] ?? parts[i + 1]})`);
      break;
    }
    if (p === "optionGroups" && typeof next === "number") {
      where.push(`${v.fields.optionGroups} #${next + 1}`);
      i++;
      continue;
    }
    if (typeof p === "string") where.push(v.fields[p] ?? p);
    node = isObj(node) && typeof p === "string" ? node[p] : undefined;
  }
  return { path, where: where.join(", "), message };
}

export function explainProblems(problems: readonly string[], menu: unknown, lang = "en", wordsLang = "en"): FieldProblem[] {
  return problems.map((p) => explainProblem(p, menu, lang, wordsLang));
}

/** The problems that belong to a field or anything inside it (`items[2]` also gets `items[2].name.en`). */
export function problemsAt(problems: readonly FieldProblem[], path: string, exact = false): FieldProblem[] {
  return problems.filter((p) => p.path === path || (!exact && (p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))));
}
