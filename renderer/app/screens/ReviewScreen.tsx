// Read-back before the order goes in: the order options first (a required choice
// like eat-in / take-out must never hide below a long list, under the total), then
// every line with its options, quantity and line total, and the total, all from the
// cart; one large confirm button, enabled only when the cart can be placed.
import { useKiosk } from "../context.ts";
import { optionSummary } from "../menu/view.ts";
import type { VoiceWiring } from "../voice-slot.ts";
import { TopBar } from "../components/TopBar.tsx";
import { ConversationPanel } from "../components/ConversationPanel.tsx";

export function ReviewScreen({ voice }: { voice: VoiceWiring }) {
  const { state, t, dispatch, money, text } = useKiosk();
  const model = state.model!;
  const cart = state.cart;
  const lines = cart?.lines ?? [];
  const pending = cart?.pending ?? [];
  const missingOrder = new Set(cart?.missingOrderOptions ?? []);
  // Lines the menu no longer offers (it changed while this order was open): shown, never ordered.
  const unavailable = cart?.unavailable ?? [];
  const blocked = !cart || lines.length === 0 || pending.length > 0 || missingOrder.size > 0 || unavailable.length > 0;
  const orderGroups = model.orderGroups().filter((g) => g.select === "one");

  return (
    <div className="screen review">
      <TopBar voice={voice} />
      <main className="review-main" aria-labelledby="review-title">
        <h1 id="review-title" className="screen-title">
          {t("reviewTitle")}
        </h1>
        <div className="review-scroll">
          {orderGroups.map((g) => {
            const current = cart?.orderOptions[g.id];
            const labelId = `review-order-${g.id}`;
            return (
              <div key={g.id} className={`review-order-option ${missingOrder.has(g.id) ? "option-missing" : ""}`}>
                <h2 id={labelId} className="review-order-title">
                  {text(g.group.name)} {missingOrder.has(g.id) ? <span className="badge badge-required-open">{t("required")}</span> : null}
                </h2>
                <div className="segmented segmented-large" role="group" aria-labelledby={labelId}>
                  {g.choices.map((c) => (
                    <button key={c.id} type="button" className="seg-button" aria-pressed={current === c.id} onClick={() => dispatch({ type: "chooseOrderOption", group: g.id, value: c.id })}>
                      {text(c.name)}
                    </button>
                  ))}
                </div>
              </div>
            );
          })}
          <ul className="review-lines">
            {lines.map((l) => {
              const words = optionSummary(model, l.item, l.options, state.lang);
              return (
                <li key={l.id} className="review-line" data-line={l.id}>
                  <span className="review-line-text">
                    <span className="review-line-name">{model.itemName(l.item, state.lang)}</span>
                    {words.length > 0 ? <span className="review-line-options">{words.join(" · ")}</span> : null}
                  </span>
                  <span className="review-line-qty">
                    {money(l.unitPrice)} × {l.qty}
                  </span>
                  <span className="review-line-total">{money(l.lineTotal)}</span>
                </li>
              );
            })}
            {pending.map((p) => (
              <li key={`p-${p.id}`} className="review-line review-line-pending">
                <span className="review-line-text">
                  <span className="review-line-name">
                    {model.itemName(p.item, state.lang)} ×{p.qty}
                  </span>
                  <span className="cart-line-missing">{t("needsChoice", { groups: p.missing.map((g) => model.groupName(g, state.lang)).join(", ") })}</span>
                </span>
                {p.missing[0] ? (
                  <button type="button" className="button button-accent" onClick={() => dispatch({ type: "showAsk", ask: { kind: "choice", lineId: p.id, item: p.item, group: p.missing[0]! } })}>
                    {t("chooseNow")}
                  </button>
                ) : null}
              </li>
            ))}
            {unavailable.map((u) => {
              const name = text(u.name);
              const reason = u.reason === "removed" ? "unavailableRemoved" : u.reason === "sold-out" ? "unavailableSold-out" : "unavailableChanged";
              return (
                <li key={`u-${u.id}`} className="review-line review-line-unavailable" data-unavailable={u.item}>
                  <span className="review-line-text">
                    <span className="review-line-name">
                      {name} ×{u.qty}
                    </span>
                    <span className="cart-line-missing">{t(reason)}</span>
                  </span>
                  <button type="button" className="button" aria-label={t("removeUnavailableNamed", { item: name })} onClick={() => dispatch({ type: "removeLine", lineId: u.id })}>
                    {t("removeUnavailable")}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
        <div className="review-foot">
          <p className="review-total" aria-live="polite" aria-atomic="true">
            <span>{t("total")}</span> <span className="review-total-amount">{money(cart?.total ?? 0)}</span>
          </p>
          {blocked && (lines.length > 0 || unavailable.length > 0) ? (
            <p className="review-blocked" id="review-blocked">
              {unavailable.length > 0 ? t("mustRemove") : t("mustChoose")}
            </p>
          ) : null}
          <div className="review-buttons">
            <button type="button" className="button button-large" onClick={() => dispatch({ type: "backToMenu" })}>
              {t("backToMenu")}
            </button>
            <button
              type="button"
              className="button button-primary button-huge confirm-button"
              disabled={blocked || state.placing}
              aria-busy={state.placing}
              data-say={t("checkout")}
              data-say-price={cart?.total ?? 0}
              aria-describedby={blocked && (lines.length > 0 || unavailable.length > 0) ? "review-blocked" : undefined}
              onClick={() => dispatch({ type: "placeOrder" })}
            >
              {t("confirmOrder", { amount: money(cart?.total ?? 0) })}
            </button>
          </div>
        </div>
      </main>
      <aside className="review-side" aria-label={t("conversation")}>
        <ConversationPanel />
      </aside>
    </div>
  );
}
