// The order so far, exactly as the cart reports it: lines with quantity − / +,
// remove, line totals; lines still waiting for a choice; and (CheckoutBar) the total,
// announced politely to screen readers. No price here is computed on the screen.
import type { CartViewLine, PendingLine } from "../../../shared/cart.ts";
import { useKiosk } from "../context.ts";
import { optionSummary, orderOptionSummary } from "../menu/view.ts";
import { Stepper } from "./Stepper.tsx";

export const MAX_LINE_QTY = 20;

export function CartPanel() {
  const { state, t } = useKiosk();
  const cart = state.cart;
  const model = state.model!;
  const empty = !cart || (cart.lines.length === 0 && cart.pending.length === 0);
  const orderWords = cart ? orderOptionSummary(model, cart.orderOptions, state.lang) : [];
  return (
    <section className="cart-panel" aria-labelledby="cart-title">
      <div className="panel-head">
        <h2 id="cart-title" className="panel-title">
          {t("cart")}
        </h2>
        {orderWords.length > 0 ? <span className="order-options">{orderWords.join(" · ")}</span> : null}
      </div>
      <div className="cart-scroll">
        {empty ? (
          <p className="cart-empty">{t("cartEmpty")}</p>
        ) : (
          <ul className="cart-lines">
            {cart!.pending.map((p) => (
              <PendingRow key={`p-${p.id}`} line={p} />
            ))}
            {cart!.lines.map((l) => (
              <LineRow key={l.id} line={l} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function LineRow({ line }: { line: CartViewLine }) {
  const { state, t, dispatch, money } = useKiosk();
  const model = state.model!;
  const name = model.itemName(line.item, state.lang);
  const words = optionSummary(model, line.item, line.options, state.lang);
  return (
    <li className="cart-line" data-line={line.id} data-item={line.item}>
      <div className="cart-line-text">
        <span className="cart-line-name">{name}</span>
        {words.length > 0 ? <span className="cart-line-options">{words.join(" · ")}</span> : null}
      </div>
      <div className="cart-line-controls">
        <Stepper
          value={line.qty}
          min={0}
          max={MAX_LINE_QTY}
          onChange={(qty) => dispatch({ type: "setQty", lineId: line.id, qty })}
          valueLabel={`${name} ${t("quantity")}`}
          decLabel={t("decrease", { item: name })}
          incLabel={t("increase", { item: name })}
        />
        <span className="cart-line-total">{money(line.lineTotal)}</span>
        <button type="button" className="icon-button remove-button" aria-label={t("remove", { item: name })} onClick={() => dispatch({ type: "removeLine", lineId: line.id })}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </li>
  );
}

function PendingRow({ line }: { line: PendingLine }) {
  const { state, t, dispatch } = useKiosk();
  const model = state.model!;
  const name = model.itemName(line.item, state.lang);
  const groups = line.missing.map((g) => model.groupName(g, state.lang));
  const first = line.missing[0];
  return (
    <li className="cart-line cart-line-pending" data-pending={line.id} data-item={line.item}>
      <div className="cart-line-text">
        <span className="cart-line-name">
          {name} <span className="cart-line-qty">×{line.qty}</span>
        </span>
        <span className="cart-line-missing">{t("needsChoice", { groups: groups.join(", ") })}</span>
      </div>
      <div className="cart-line-controls">
        {first ? (
          <button type="button" className="button button-accent" onClick={() => dispatch({ type: "showAsk", ask: { kind: "choice", lineId: line.id, item: line.item, group: first } })}>
            {t("chooseNow")}
          </button>
        ) : null}
        <button type="button" className="icon-button remove-button" aria-label={t("remove", { item: name })} onClick={() => dispatch({ type: "removeLine", lineId: line.id })}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </li>
  );
}

/** The cart's total and the way to checkout; kept in view below the side panels. */
export function CheckoutBar() {
  const { state, t, dispatch, money } = useKiosk();
  const cart = state.cart;
  return (
    <div className="checkout-bar">
      <p className="cart-total" aria-live="polite" aria-atomic="true">
        <span className="cart-total-label">{t("total")}</span>
        <span className="cart-total-amount" data-total={cart?.total ?? 0}>
          {money(cart?.total ?? 0)}
        </span>
      </p>
      <button
        type="button"
        className="button button-primary button-large checkout-button"
        disabled={!cart || cart.lines.length === 0}
        data-say={`${t("checkout")}, ${t("total")}`}
        data-say-price={cart?.total ?? 0}
        onClick={() => dispatch({ type: "review" })}
      >
        {t("checkout")}
      </button>
    </div>
  );
}
