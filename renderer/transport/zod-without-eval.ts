// Import this FIRST in the screen's entry (renderer/main.tsx), before anything that
// defines a zod schema. zod decides when a schema is defined whether to compile fast
// parsers with `new Function`, and its probe for eval trips the screen's strict CSP
// (a reported `securitypolicyviolation`, though zod catches the error). jitless turns
// the probe off; the screen's payloads are small, so the interpreted parser is fast
// enough. Set on the global zod reads its config from, without importing zod first.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };
export {};
