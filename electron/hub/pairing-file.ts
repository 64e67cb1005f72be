// What a kiosk keeps from its hub in its data folder (hub-pairing.json): its number
// block, so it keeps numbering in its own block while the hub is away, and the hub menu
// it applied last, so a reconnect does not apply the same menu again.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../core/orders/db.ts";
import { isNumberPlan, type NumberPlan } from "../core/orders/number-plan.ts";

export const PAIRING_FILE = "hub-pairing.json";

/** What a kiosk keeps from its hub: its number block and the hub menu it applied last. */
export interface Pairing {
  hub: string;
  plan: NumberPlan;
  menuHash?: string;
}

/** The pairing kept in the data folder, if any (a damaged file counts as none: the kiosk pairs again). */
export function readPairingFile(dataDir: string): Pairing | undefined {
  const file = join(dataDir, PAIRING_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const v = JSON.parse(readFileSync(file, "utf8")) as Partial<Pairing>;
    if (!isNumberPlan(v.plan)) return undefined;
    return { hub: String(v.hub ?? ""), plan: v.plan, ...(typeof v.menuHash === "string" ? { menuHash: v.menuHash } : {}) };
  } catch {
    return undefined;
  }
}

/** The number block kept from the last pairing, if any. */
export function readPairing(dataDir: string): NumberPlan | undefined {
  return readPairingFile(dataDir)?.plan;
}

export function writePairingFile(dataDir: string, pairing: Pairing): void {
  writeFileAtomic(join(dataDir, PAIRING_FILE), `${JSON.stringify(pairing, null, 2)}\n`);
}
