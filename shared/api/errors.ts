import type { ApiErrorShape } from './schemas';

/** An error with a code that crosses the transport intact (the backend throws it, the client rethrows it). */
export class FluxApiError extends Error {
  override name = 'FluxApiError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  toShape(): ApiErrorShape {
    return { code: this.code, message: this.message };
  }
}

/** Every request is answered with a reply: the result, or an error the client turns back into a FluxApiError. */
export type Reply = { ok: true; result: unknown } | { ok: false; error: ApiErrorShape };
