// Settings kept on this kiosk (they win over the environment): kitchen webhook, store hub,
// business day, speech/dialogue providers and API key, privacy, the customer
// screen's default mode and idle times, and the PIN.
// Secrets are only ever sent, never shown; a host that cannot store them says so.
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { PROVIDER_ENV, type AdminSettings, type ProviderSettings, type SettingsPatch } from "../../../shared/admin-contract.ts";
import { screenModeSchema, type ScreenSettings } from "../../../shared/contract.ts";
import type { PanelProps } from "./types.ts";

const PROVIDER_FIELDS = ["baseUrl", "llmBaseUrl", "sttBaseUrl", "ttsBaseUrl", "llmModel", "sttModel", "ttsModel", "ttsVoice"] as const;

export function SettingsPanel({ call, t }: PanelProps) {
  const [s, setS] = useState<AdminSettings | undefined>();
  const [note, setNote] = useState<{ ok: boolean; text: string } | undefined>();
  const load = useCallback(async () => {
    const r = await call({ type: "getSettings" });
    if (r.type === "settings") setS(r.settings);
  }, [call]);
  useEffect(() => void load(), [load]);

  const apply = async (p: Promise<Awaited<ReturnType<PanelProps["call"]>>>) => {
    const r = await p;
    if (r.type === "settings") {
      setS(r.settings);
      setNote({ ok: true, text: t("saved") });
    } else if (r.type === "done") setNote({ ok: true, text: r.message });
    else if (r.type === "error") setNote({ ok: false, text: r.message });
  };
  const save = (patch: SettingsPatch) => apply(call({ type: "updateSettings", patch }));
  const source = (name: string) => (s?.sources[name] ? t("fromSource", { src: t(`src_${s.sources[name]}`) }) : "");

  if (!s) return <section className="admin-panel" aria-busy="true" />;
  return (
    <section className="admin-panel admin-settings" aria-labelledby="admin-settings-title">
      <h2 id="admin-settings-title">{t("tabSettings")}</h2>
      {note ? (
        <p className={note.ok ? "admin-message ok" : "admin-message"} role="status">
          {note.text}
        </p>
      ) : null}

      <TextSetting label={t("webhook")} hint={source("KIOSK_WEBHOOK_URL")} value={s.webhookUrl ?? ""} type="url" onSave={(v) => save({ webhookUrl: v || null })} t={t} />
      <SecretSetting label={t("webhookSecret")} state={s.webhookSecretSet ? t("isSet") : t("notSet")} settings={s} t={t} onSave={(v) => apply(call({ type: "setSecret", name: "webhookSecret", value: v }))} />
      <TextSetting label={t("hubUrl")} hint={source("KIOSK_HUB_URL")} value={s.hubUrl ?? ""} type="url" onSave={(v) => save({ hubUrl: v || null })} t={t} />
      <SecretSetting label={t("hubSecret")} state={s.hubSecretSet ? t("isSet") : t("notSet")} settings={s} t={t} onSave={(v) => apply(call({ type: "setSecret", name: "hubSecret", value: v }))} />
      <TextSetting label={t("businessDayStart")} hint={source("KIOSK_BUSINESS_DAY_START")} value={s.businessDayStart} type="time" onSave={(v) => save({ businessDayStart: v })} t={t} />

      <fieldset className="admin-fieldset">
        <legend>{t("provider")}</legend>
        <label className="admin-field">
          <span>{t("engine")}</span>
          <select value={s.provider.engine ?? ""} onChange={(e) => void save({ provider: { engine: (e.currentTarget.value || null) as ProviderSettings["engine"] } })}>
            <option value="">{t("engineDefault")}</option>
            <option value="offline">offline</option>
            <option value="hybrid">hybrid</option>
            <option value="llm">llm</option>
          </select>
        </label>
        {PROVIDER_FIELDS.map((f) => (
          <TextSetting key={f} label={PROVIDER_ENV[f]} hint={source(PROVIDER_ENV[f])} value={s.provider[f] ?? ""} onSave={(v) => save({ provider: { [f]: v || null } })} t={t} />
        ))}
        <SecretSetting label={t("apiKey")} state={t(`apiKeyFrom_${s.apiKey}`)} settings={s} t={t} onSave={(v) => apply(call({ type: "setSecret", name: "apiKey", value: v }))} />
      </fieldset>

      <fieldset className="admin-fieldset">
        <legend>{t("privacy")}</legend>
        <label className="admin-check">
          <input type="checkbox" checked={s.privacy.keepTranscripts} onChange={(e) => void save({ privacy: { keepTranscripts: e.currentTarget.checked } })} />
          {t("keepTranscripts")}
        </label>
        <label className="admin-check">
          <input type="checkbox" checked={s.privacy.keepAudio} onChange={(e) => void save({ privacy: { keepAudio: e.currentTarget.checked } })} />
          {t("keepAudio")}
        </label>
        <TextSetting label={t("retentionDays")} value={String(s.privacy.retentionDays)} type="number" onSave={(v) => save({ privacy: { retentionDays: Number(v) } })} t={t} />
        <button type="button" className="admin-button secondary" onClick={() => void apply(call({ type: "purgeNow" }))}>
          {t("purgeNow")}
        </button>
      </fieldset>

      <fieldset className="admin-fieldset">
        <legend>{t("screenSettings")}</legend>
        <label className="admin-field">
          <span>{t("defaultMode")}</span>
          <select value={s.screen.defaultMode} onChange={(e) => void save({ screen: { defaultMode: e.currentTarget.value as ScreenSettings["defaultMode"] } })}>
            {screenModeSchema.options.map((m) => (
              <option key={m} value={m}>
                {t(`mode_${m}`)}
              </option>
            ))}
          </select>
        </label>
        <TextSetting label={t("idleSeconds")} value={String(s.screen.idleSeconds)} type="number" onSave={(v) => save({ screen: { idleSeconds: Number(v) } })} t={t} />
        <TextSetting label={t("idleCountdownSeconds")} value={String(s.screen.idleCountdownSeconds)} type="number" onSave={(v) => save({ screen: { idleCountdownSeconds: Number(v) } })} t={t} />
      </fieldset>

      <PinChange t={t} onSave={(current, next) => apply(call({ type: "changePin", current, next }))} />
    </section>
  );
}

function TextSetting(props: { label: string; hint?: string; value: string; type?: string; t: PanelProps["t"]; onSave(v: string): void }) {
  const [v, setV] = useState(props.value);
  useEffect(() => setV(props.value), [props.value]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSave(v.trim());
  };
  return (
    <form className="admin-field" onSubmit={submit}>
      <label>
        <span>{props.label}</span>
        <input type={props.type ?? "text"} value={v} onChange={(e) => setV(e.currentTarget.value)} />
      </label>
      {props.hint ? <small>{props.hint}</small> : null}
      <button type="submit" className="admin-button" disabled={v === props.value}>
        {props.t("save")}
      </button>
    </form>
  );
}

function SecretSetting(props: { label: string; state: string; settings: AdminSettings; t: PanelProps["t"]; onSave(v: string | null): void }) {
  const [v, setV] = useState("");
  const { t } = props;
  return (
    <div className="admin-field">
      <span>
        {props.label}: <strong>{props.state}</strong>
      </span>
      {props.settings.secretsStorable ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (v) props.onSave(v);
            setV("");
          }}
        >
          <input type="password" autoComplete="off" value={v} placeholder={t("newSecret")} onChange={(e) => setV(e.currentTarget.value)} />
          <button type="submit" className="admin-button" disabled={!v}>
            {t("saveSecret")}
          </button>
          <button type="button" className="admin-button secondary" onClick={() => props.onSave(null)}>
            {t("removeSecret")}
          </button>
        </form>
      ) : (
        <small>{props.settings.secretsNote}</small>
      )}
    </div>
  );
}

export function PinChange({ t, onSave }: { t: PanelProps["t"]; onSave(current: string, next: string): void }) {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  return (
    <form
      className="admin-fieldset"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(current, next);
        setCurrent("");
        setNext("");
      }}
    >
      <h3>{t("changePin")}</h3>
      <label className="admin-field">
        <span>{t("currentPin")}</span>
        <input type="password" inputMode="numeric" autoComplete="off" value={current} onChange={(e) => setCurrent(e.currentTarget.value)} />
      </label>
      <label className="admin-field">
        <span>{t("newPin")}</span>
        <input type="password" inputMode="numeric" autoComplete="off" pattern="\d{4,8}" value={next} onChange={(e) => setNext(e.currentTarget.value)} />
      </label>
      <button type="submit" className="admin-button" disabled={!current || !/^\d{4,8}$/.test(next)}>
        {t("save")}
      </button>
    </form>
  );
}
