// "맵게 해 주세요" written by a menu as an alias of the choice it also calls "맵게" ("hot
// please" of "Hot"): the choice's own name with a request of the language after it adds no
// name of its own; indexed, it would win as the longest over "덜 맵게" said around it ("하나는
// 덜 맵게 해 주세요", "extra hot please" of "Extra hot"). Said whole, the name and the request
// read it the same.
const REQUEST_TAIL = /\s+(?:(?:으로|로)\s+)?(?:해\s?주세요|해\s?줘요|해\s?줘|주세요|해요|할게요|please|pls|plz)$/i;

/** Whether an alias is another of the choice's names (`names`) with a request after it. */
export function nameWithARequest(alias: string, names: readonly string[]): boolean {
  const m = REQUEST_TAIL.exec(alias.trim());
  if (!m) return false;
  const head = alias.trim().slice(0, m.index).trim();
  return !!head && names.some((n) => n.trim().toLowerCase() === head.toLowerCase());
}
