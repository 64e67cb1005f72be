// Accessibility checks in the real browser: axe-core (from node_modules, injected as
// a script) for WCAG rules, and a layout check that every control can be brought into
// view unclipped and is a big enough touch target.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve("axe-core/axe.min.js");
let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const has = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!has) {
    // The screen runs under a strict CSP (no inline scripts), which rightly blocks
    // page.addScriptTag; evaluating the file through the DevTools protocol is not a
    // page script, so the CSP under test stays exactly as shipped.
    axeSource ??= readFileSync(AXE_PATH, "utf8");
    await page.evaluate(`${axeSource}\n;void 0`);
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  });
}

export interface ControlProblem {
  control: string;
  problem: string;
}

/**
 * Every button, input, tab and choice on screen: scrolled into view, it must lie
 * inside the viewport, not be covered by something else, not clip its own text,
 * and be at least `minTargetPx` on each side.
 */
export async function controlProblems(page: Page, minTargetPx = 48): Promise<ControlProblem[]> {
  // Compilers that keep function names (tsx/esbuild keepNames) wrap inner functions in
  // a __name helper that does not exist in the page; give the page a no-op one.
  await page.evaluate("globalThis.__name ??= (f) => f");
  return page.evaluate((min) => {
    const problems: { control: string; problem: string }[] = [];
    const describe = (el: Element) => {
      const label = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).trim().split(/\s+/).join(".") : ""} "${label}"`;
    };
    // Choices are native radios/checkboxes covered by their big label: check the label.
    const controls = Array.from(document.querySelectorAll<HTMLElement>('button, input:not([type="radio"]):not([type="checkbox"]), [role="tab"], label.choice, a[href]'));
    for (const el of controls) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      // Controls inside a closed/hidden region (e.g. visually-hidden helpers) are not controls on screen.
      if (el.closest(".visually-hidden")) continue;
      // A modal on top makes the rest of the page inert for the customer.
      const modal = document.querySelector('[aria-modal="true"]');
      if (modal && !modal.contains(el)) continue;
      el.scrollIntoView({ block: "center", inline: "center" });
      const r = el.getBoundingClientRect();
      const name = describe(el);
      if (r.width < min || r.height < min) problems.push({ control: name, problem: `touch target ${Math.round(r.width)}×${Math.round(r.height)} px < ${min}` });
      if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) {
        problems.push({ control: name, problem: `outside the viewport at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}` });
        continue;
      }
      if (el.tagName !== "INPUT" && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
        problems.push({ control: name, problem: `clips its content (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})` });
      }
      // Is it what a finger at its centre would touch (not hidden behind a panel or clipped by a scroller)?
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !(el === hit || el.contains(hit) || hit.contains(el))) {
        problems.push({ control: name, problem: `covered by ${hit ? describe(hit) : "nothing (off screen)"}` });
      }
    }
    // Bringing controls into view must have scrolled panels, never the page itself.
    const se = document.scrollingElement ?? document.documentElement;
    if (se.scrollTop !== 0 || se.scrollLeft !== 0) problems.push({ control: "the page", problem: `scrolled to ${se.scrollLeft},${se.scrollTop}` });
    return problems;
  }, minTargetPx);
}
