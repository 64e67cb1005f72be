// The order number, large, then back to the start for the next customer.
import { useKiosk } from "../context.ts";
import { useCountdown } from "../hooks/useIdle.ts";

export function PlacedScreen({ doneMs }: { doneMs: number }) {
  const { state, t, dispatch, money } = useKiosk();
  const placed = state.placed;
  const left = useCountdown(doneMs, () => dispatch({ type: "startOver" }));
  if (!placed) return null;
  const model = state.model!;
  return (
    <div className="screen placed">
      <main className="placed-main" aria-labelledby="placed-title">
        <h1 id="placed-title" className="screen-title">
          {t("placedTitle")}
        </h1>
        <p className="order-number-label" id="order-number-label">
          {t("orderNumber")}
        </p>
        <p className="order-number" aria-describedby="order-number-label" data-order-number={placed.number}>
          {placed.number}
        </p>
        <p className="pay-at-counter">{t("payAtCounter")}</p>
        <ul className="placed-lines">
          {placed.cart.lines.map((l) => (
            <li key={l.id}>
              <span>
                {model.itemName(l.item, state.lang)} ×{l.qty}
              </span>
              <span>{money(l.lineTotal)}</span>
            </li>
          ))}
          <li className="placed-total">
            <span>{t("total")}</span>
            <span>{money(placed.cart.total)}</span>
          </li>
        </ul>
        <p className="hint" aria-live="off">
          {t("backToStartIn", { s: left })}
        </p>
        <button type="button" className="button button-primary button-large" onClick={() => dispatch({ type: "startOver" })}>
          {t("startOver")}
        </button>
      </main>
    </div>
  );
}
