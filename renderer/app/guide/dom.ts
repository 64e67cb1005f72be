// The guided mode's view of the page: the controls of the current screen in one
// linear order (the open dialog's, else the screen's, with the top bar last so the
// order itself comes first), and what each control is (ControlFacts for wording.ts),
// read from the same roles, labels and states a screen reader uses, plus a few
// data attributes the components set: data-say (a name without the price text),
// data-say-price / data-say-delta (amounts in minor units, spoken as words) and
// data-say-extra (a badge like "sold out").
import type { ControlFacts } from "./wording.ts";

const CONTROLS = 'button, input:not([type="hidden"]), [role="tab"], a[href], select, textarea';

function visible(el: HTMLElement): boolean {
  if (el.closest("[hidden], [inert]")) return false;
  // Native radios sit invisibly under their big label; the label is what is seen.
  const box = el.closest("label") ?? el;
  return box.getClientRects().length > 0 && getComputedStyle(box).visibility !== "hidden";
}

/** The part of the page the customer is in: the open dialog, else the whole kiosk. */
export function guideScope(root: HTMLElement): HTMLElement {
  const dialogs = root.querySelectorAll<HTMLElement>('[aria-modal="true"]');
  return dialogs[dialogs.length - 1] ?? root;
}

const usable = (el: HTMLElement) => !(el as HTMLButtonElement).disabled && visible(el);

/** The controls of the scope in guided order. Disabled ones cannot take the focus, so they are left out (and not counted). */
export function guideControls(scope: HTMLElement): HTMLElement[] {
  const all = Array.from(scope.querySelectorAll<HTMLElement>(CONTROLS)).filter(usable);
  const bar = all.filter((el) => el.closest(".top-bar"));
  return [...all.filter((el) => !el.closest(".top-bar")), ...bar];
}

/** The control `step` places after (or before) the focused one, wrapping around. */
export function nextControl(scope: HTMLElement, current: Element | null, step: 1 | -1): HTMLElement | undefined {
  const list = guideControls(scope);
  if (list.length === 0) return undefined;
  const i = current ? list.indexOf(current as HTMLElement) : -1;
  if (i < 0) return step > 0 ? list[0] : list[list.length - 1];
  return list[(i + step + list.length) % list.length];
}

/** Text a person would read, leaving out decorations hidden from assistive technology. */
function readableText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? "";
  if (!(node instanceof HTMLElement)) return "";
  if (node.getAttribute("aria-hidden") === "true" || node.tagName === "INPUT") return "";
  return Array.from(node.childNodes).map(readableText).join(" ");
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

function nameOf(el: HTMLElement): string {
  const say = el.dataset.say;
  if (say) return say;
  const aria = el.getAttribute("aria-label");
  if (aria) return aria;
  const by = el.getAttribute("aria-labelledby");
  if (by) {
    const text = by
      .split(/\s+/)
      .map((id) => document.getElementById(id))
      .filter((x): x is HTMLElement => !!x)
      .map(readableText)
      .join(" ");
    if (squash(text)) return squash(text);
  }
  if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")) {
    const label = el.closest("label");
    if (label) return squash(readableText(label));
  }
  if (el instanceof HTMLInputElement) {
    const label = el.labels?.[0];
    return squash(label ? readableText(label) : el.placeholder);
  }
  return squash(readableText(el));
}

function onState(el: HTMLElement): boolean | undefined {
  if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")) return el.checked;
  const pressed = el.getAttribute("aria-pressed");
  if (pressed === "true" || pressed === "false") return pressed === "true";
  if (el.getAttribute("role") === "tab") return el.getAttribute("aria-selected") === "true";
  return undefined;
}

const GROUPS = '[role="tablist"], [role="group"], [role="radiogroup"], .choices, .menu-grid, .ask-buttons, .big-choices, .modal-buttons, .cart-lines';

/** "3 of 12": among the controls of the same kind in the nearest group. */
function positionOf(el: HTMLElement): { index: number; count: number } | undefined {
  const group = el.parentElement?.closest<HTMLElement>(GROUPS);
  if (!group) return undefined;
  const same = (o: HTMLElement) => o.tagName === el.tagName && o.getAttribute("role") === el.getAttribute("role") && o.className === el.className && (o as HTMLInputElement).type === (el as HTMLInputElement).type;
  const members = Array.from(group.querySelectorAll<HTMLElement>(CONTROLS)).filter((o) => same(o) && usable(o));
  const index = members.indexOf(el);
  return index < 0 ? undefined : { index: index + 1, count: members.length };
}

const num = (raw: string | undefined) => (raw !== undefined && raw !== "" && Number.isFinite(Number(raw)) ? Number(raw) : undefined);

/** What a control is, for describeControl(). `quantityWord` is "수량" / "quantity" for steppers. */
export function controlFacts(el: HTMLElement, quantityWord: string): ControlFacts {
  const extra: string[] = [];
  if (el.dataset.sayExtra) extra.push(el.dataset.sayExtra);
  const stepper = el.closest(".stepper");
  const value = stepper?.querySelector(".stepper-value")?.textContent;
  if (value) extra.push(`${quantityWord} ${value}`);
  const disabled = (el as HTMLButtonElement).disabled === true || el.getAttribute("aria-disabled") === "true";
  return {
    name: nameOf(el),
    on: onState(el),
    disabled,
    price: num(el.dataset.sayPrice),
    delta: num(el.dataset.sayDelta),
    extra: extra.join(", ") || undefined,
    position: stepper ? undefined : positionOf(el),
  };
}
