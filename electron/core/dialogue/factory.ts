// Picks the dialogue engine: `offline` never touches the network; `llm` and `hybrid`
// need an OpenAI-compatible endpoint (see electron/core/config.ts).
import type { MenuModel } from "../../../shared/menu/model.ts";
import type { DialogueEngine } from "./engine.ts";
import { createOfflineEngine } from "./offline/engine.ts";

export type EngineKind = "offline" | "llm" | "hybrid";

export interface EngineEnv {
  env: Record<string, string | undefined>;
}

export function defaultEngineKind(env: Record<string, string | undefined>): EngineKind {
  return env.OPENAI_API_KEY ? "hybrid" : "offline";
}

export async function createEngine(kind: EngineKind, menu: MenuModel, _opts: EngineEnv): Promise<DialogueEngine> {
  if (kind === "offline") return createOfflineEngine(menu);
  throw new Error(`the ${kind} engine is not available yet`);
}
