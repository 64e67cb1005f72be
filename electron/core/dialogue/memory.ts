// What engines remember between turns of one conversation. The session owns one
// ConversationMemory per conversation and throws it away with it; each engine keeps
// its own typed record in it under a slot only that engine holds, so no engine can
// read or write another's shape. Engines that share a conversation (hybrid mode)
// tell each other what happened through a HandOff (engine.ts), never through memory.

/** A typed place in the memory; whoever holds the slot object owns the record. */
export class MemorySlot<T> {
  constructor(
    readonly name: string,
    /** The record at the start of a conversation. */
    readonly fresh: () => T,
  ) {}
}

export class ConversationMemory {
  private readonly records = new Map<MemorySlot<unknown>, unknown>();

  /** The slot's record (a fresh one, stored, when there is none yet). */
  get<T>(slot: MemorySlot<T>): T {
    if (!this.records.has(slot)) this.records.set(slot, slot.fresh());
    return this.records.get(slot) as T;
  }

  /** The slot's record if one was stored, without creating it. */
  peek<T>(slot: MemorySlot<T>): T | undefined {
    return this.records.get(slot) as T | undefined;
  }

  set<T>(slot: MemorySlot<T>, record: T): void {
    this.records.set(slot, record);
  }

  /** The names of the slots holding a record (tests, logs). */
  get slotNames(): string[] {
    return [...this.records.keys()].map((s) => s.name);
  }
}
