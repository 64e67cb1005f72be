// Picks the dialogue engine: `offline` never touches the network; `llm` and `hybrid`
// need an OpenAI-compatible endpoint (see electron/core/config.ts).
import type { MenuModel } from "../../../shared/menu/model.ts";
import type { DialogueEngine } from "./engine.ts";
import { createOfflineEngine } from "./offline/engine.ts";
import { loadConfig } from "../config.ts";
import { OpenAiChatModel } from "../providers/chat-openai.ts";
import { createLlmEngine } from "./llm/engine.ts";
import { createHybridEngine } from "./hybrid.ts";

export type EngineKind = "offline" | "llm" | "hybrid";

export interface EngineEnv {
  env: Record<string, string | undefined>;
  /** Told when a model call fails (the turn is answered offline); e.g. a line on stderr. */
  onModelFailure?: (err: Error) => void;
}

export function defaultEngineKind(env: Record<string, string | undefined>): EngineKind {
  return env.OPENAI_API_KEY ? "hybrid" : "offline";
}

/** The engine KIOSK_ENGINE names (the admin screen's engine setting), else the default for `env`. */
export function engineKindFromEnv(env: Record<string, string | undefined>): EngineKind {
  const named = env.KIOSK_ENGINE?.trim();
  return named === "offline" || named === "llm" || named === "hybrid" ? named : defaultEngineKind(env);
}

export async function createEngine(kind: EngineKind, menu: MenuModel, opts: EngineEnv): Promise<DialogueEngine> {
  const offline = await createOfflineEngine(menu);
  if (kind === "offline") return offline;
  const cfg = loadConfig(opts.env);
  if (!cfg.apiKey) throw new Error(`the ${kind} engine needs OPENAI_API_KEY (any value for a local server that does not check keys)`);
  const chat = new OpenAiChatModel({ apiKey: cfg.apiKey, baseUrl: cfg.llm.baseUrl, model: cfg.llm.model, limits: cfg.llm.limits });
  // In both modes the offline engine answers when the model cannot be reached.
  const llm = createLlmEngine({ chat, fallback: offline, ...(opts.onModelFailure ? { onModelFailure: opts.onModelFailure } : {}) });
  return kind === "llm" ? llm : createHybridEngine({ offline, llm });
}
