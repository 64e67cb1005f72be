/** A store-screen or kiosk action the hub refuses, with the HTTP status it answers. */
export class HubActionError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
