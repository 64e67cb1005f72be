// The conversation: what the customer said (or typed) and the kiosk's replies as
// they stream in, announced politely to screen readers; answer buttons for the
// kiosk's question; and a text box to type instead of speaking.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useKiosk } from "../context.ts";
import { AskPanel } from "./AskPanel.tsx";

export function ConversationPanel() {
  const { state, t, dispatch } = useKiosk();
  const [draft, setDraft] = useState("");
  const logRef = useRef<HTMLOListElement>(null);
  const last = state.conversation[state.conversation.length - 1];

  // Keep the newest words (and the answer buttons) in view as they arrive.
  useEffect(() => {
    const el = logRef.current?.closest<HTMLElement>(".conversation-scroll");
    if (el) el.scrollTop = el.scrollHeight;
  }, [state.conversation.length, last?.text, state.ask]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.trim()) return;
    dispatch({ type: "say", text: draft });
    setDraft("");
  };

  return (
    <section className="conversation-panel" aria-labelledby="conversation-title">
      <h2 id="conversation-title" className="panel-title">
        {t("conversation")}
      </h2>
      <div className="conversation-scroll">
        {/* The live region wraps the list (role="log" on the <ol> itself would hide its list semantics). */}
        <div role="log" aria-live="polite" aria-relevant="additions text" aria-labelledby="conversation-title">
        <ol ref={logRef} className="conversation-log">
          {state.conversation.length === 0 ? <li className="conversation-hint">{t("attractHint")}</li> : null}
          {state.conversation.map((e) => (
            <li key={e.key} className={`bubble bubble-${e.role} ${e.done ? "" : "bubble-streaming"}`} data-role={e.role}>
              <span className="visually-hidden">{e.role === "user" ? t("you") : t("kiosk")}: </span>
              {e.text}
            </li>
          ))}
        </ol>
        </div>
        {state.ask ? <AskPanel ask={state.ask} /> : null}
      </div>
      <form className="say-form" onSubmit={submit}>
        <label htmlFor="say-input" className="visually-hidden">
          {t("typeLabel")}
        </label>
        <input
          id="say-input"
          className="say-input"
          type="text"
          value={draft}
          maxLength={500}
          autoComplete="off"
          placeholder={t("typeHere")}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="button button-primary say-send" disabled={!draft.trim()}>
          {t("send")}
        </button>
      </form>
    </section>
  );
}
