// Where API keys and the webhook secret are kept, encrypted. The Electron main
// process implements SecretBox with safeStorage (OS keychain); the web host has no
// such store, so it refuses to keep secrets and they come from the environment.

export interface SecretBox {
  /** False when this host cannot keep secrets; `reason` then says where they come from. */
  readonly available: boolean;
  readonly reason?: string;
  /** Plain text → opaque text safe to write to disk. */
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
}

export class SecretsUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretsUnavailable";
  }
}

/** For the web host and the CLI: secrets only from the environment. */
export function environmentOnlySecretBox(reason = "this kiosk host does not store keys; set OPENAI_API_KEY / KIOSK_WEBHOOK_SECRET in its environment"): SecretBox {
  return {
    available: false,
    reason,
    encrypt() {
      throw new SecretsUnavailable(reason);
    },
    decrypt() {
      throw new SecretsUnavailable(reason);
    },
  };
}

/**
 * The Electron main process builds its box from safeStorage, e.g.
 *   safeStorageSecretBox(safeStorage)
 * (electron/main.ts passes the module in; nothing here imports electron).
 */
export function safeStorageSecretBox(safeStorage: {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}): SecretBox {
  const available = safeStorage.isEncryptionAvailable();
  const reason = available ? undefined : "the operating system offers no encrypted storage here; set keys in the environment";
  return {
    available,
    ...(reason ? { reason } : {}),
    encrypt(plain) {
      if (!available) throw new SecretsUnavailable(reason!);
      return safeStorage.encryptString(plain).toString("base64");
    },
    decrypt(sealed) {
      if (!available) throw new SecretsUnavailable(reason!);
      return safeStorage.decryptString(Buffer.from(sealed, "base64"));
    },
  };
}
