// Speech-to-text as the voice loop sees it: one WAV in, the words out. Every call
// takes the turn's AbortSignal, so a barge-in or a new turn cancels the upload.

export interface TranscribeOptions {
  /** The session's language as a hint ("ko", "en"); undefined lets the provider detect. */
  lang?: string;
  /** Words the provider should spell right: the menu's item names. */
  prompt?: string;
  signal: AbortSignal;
}

export interface Transcript {
  text: string;
  /** The language the provider heard, when it says (ISO 639-1). */
  lang?: string;
}

export interface SpeechToText {
  readonly name: string;
  transcribe(wav: Uint8Array, opts: TranscribeOptions): Promise<Transcript>;
}
