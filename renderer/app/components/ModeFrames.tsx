// What the barrier-free modes add around the screens: the guided mode's caption
// (what the kiosk just announced, for anyone standing by), and the low-reach
// layout's upper part, which holds no controls at all (everything the customer
// touches is below it; see kiosk.css, "low reach").
import { useKiosk } from "../context.ts";

export function GuideCaption({ text }: { text: string }) {
  const { t } = useKiosk();
  return (
    // Not a live region: the kiosk speaks these itself; a screen reader would say them twice.
    <div className="guide-caption" data-caption={text}>
      <span className="guide-caption-label">{t("guideCaption")}</span>
      <span className="guide-caption-text">{text}</span>
    </div>
  );
}

export function ReachTop({ caption }: { caption: string }) {
  const { state, t, text, money } = useKiosk();
  const model = state.model!;
  const lastSaid = [...state.conversation].reverse().find((e) => e.role === "kiosk");
  return (
    <div className="reach-top">
      <p className="reach-store">{text(model.menu.store.name)}</p>
      {state.cart && state.cart.itemCount > 0 && state.screen !== "placed" ? (
        <p className="reach-total">
          {t("total")} {money(state.cart.total)}
        </p>
      ) : null}
      {lastSaid && state.screen !== "attract" ? <p className="reach-said">{lastSaid.text}</p> : null}
      {caption ? <GuideCaption text={caption} /> : null}
      <p className="reach-hint">
        <span aria-hidden="true">↓ </span>
        {t("reachTop")}
      </p>
    </div>
  );
}
