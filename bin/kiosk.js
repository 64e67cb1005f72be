#!/usr/bin/env node
// The `kiosk` command. The project runs its TypeScript directly through tsx, so the
// CLI works straight after `npm install`, with no build step.
import { register } from "tsx/esm/api";

register();
await import("../electron/cli/kiosk.ts");
