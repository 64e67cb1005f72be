// The touchscreen's entry point: fonts (bundled, never the system's), styles, the
// transport to the Node side, and the React app.
// First of all: keeps zod from probing for eval under the strict CSP (see the file).
import "./transport/zod-without-eval.ts";
import "@fontsource/noto-sans-kr/400.css";
import "@fontsource/noto-sans-kr/700.css";
import "./styles/kiosk.css";
import "./styles/modes.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { readConfig } from "./app/config.ts";
import { connectKiosk } from "./transport/index.ts";
import { startVoice } from "./voice/index.ts";
import { AdminEntry, adminTransport } from "./admin/index.ts";

const rootEl = document.getElementById("root");
if (!rootEl) throw new Error("index.html has no #root");

const connection = connectKiosk();
const config = readConfig(window.location.search);

// The voice loop (renderer/voice) plugs in through App's `voiceControl` prop
// (see app/voice-slot.ts): a mic / push-to-talk button in the top bar.
const voice = startVoice(connection);

createRoot(rootEl).render(
  <StrictMode>
    <App connection={connection} config={config} voiceControl={voice.Control} speech={voice.speech} />
    {/* Staff only: an invisible top-left corner (hold 3 s or tap 5 times), then a PIN. */}
    <AdminEntry transport={adminTransport()} />
  </StrictMode>,
);
