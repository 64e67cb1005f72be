// A real SecretBox for tests (AES-256-GCM with a random key held in memory), standing
// in for Electron's safeStorage, which needs the Electron binary.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { SecretBox } from "./secrets.ts";

export function aesTestSecretBox(key = randomBytes(32)): SecretBox {
  return {
    available: true,
    encrypt(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([c.update(plain, "utf8"), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]).toString("base64");
    },
    decrypt(sealed) {
      const raw = Buffer.from(sealed, "base64");
      const d = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
      d.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString("utf8");
    },
  };
}
