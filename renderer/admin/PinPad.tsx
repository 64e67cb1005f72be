// The PIN pad: big digit keys, dots for what was typed (never the digits), and the
// reason the screen is locked. Up to 8 digits; OK sends them.
import { useState } from "react";
import type { AdminT } from "./i18n.ts";

export interface PinPadProps {
  t: AdminT;
  message?: string;
  busy?: boolean;
  /** While locked out the keys are disabled. */
  disabled?: boolean;
  onSubmit(pin: string): void;
  onExit(): void;
}

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"] as const;

export function PinPad({ t, message, busy, disabled, onSubmit, onExit }: PinPadProps) {
  const [pin, setPin] = useState("");
  const press = (k: (typeof KEYS)[number]) => {
    if (k === "clear") setPin("");
    else if (k === "back") setPin((p) => p.slice(0, -1));
    else setPin((p) => (p.length < 8 ? p + k : p));
  };
  const submit = () => {
    if (pin.length === 0) return;
    onSubmit(pin);
    setPin("");
  };
  return (
    <div className="admin-pin" role="dialog" aria-modal="true" aria-labelledby="admin-pin-title">
      <h1 id="admin-pin-title">{t("enterPin")}</h1>
      <div className="admin-pin-dots" aria-live="polite" aria-label={t("pinDigits", { n: pin.length })}>
        {Array.from({ length: Math.max(4, pin.length) }, (_, i) => (
          <span key={i} className={i < pin.length ? "dot filled" : "dot"} />
        ))}
      </div>
      {message ? (
        <p className="admin-message" role="alert">
          {message}
        </p>
      ) : null}
      <div className="admin-pin-keys">
        {KEYS.map((k) => (
          <button key={k} type="button" className={`admin-key key-${k}`} disabled={disabled || busy} onClick={() => press(k)} aria-label={k === "clear" ? t("clear") : k === "back" ? t("back") : k}>
            {k === "clear" ? "C" : k === "back" ? "⌫" : k}
          </button>
        ))}
      </div>
      <div className="admin-pin-actions">
        <button type="button" className="admin-button secondary" onClick={onExit}>
          {t("exit")}
        </button>
        <button type="button" className="admin-button primary" disabled={disabled || busy || pin.length === 0} onClick={submit}>
          {t("ok")}
        </button>
      </div>
    </div>
  );
}
