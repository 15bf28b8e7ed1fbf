import type { ErrorRequestHandler } from 'express';

/** An error the API answers with `{"error": message}` and the given status, as Atendechat's AppError. */
export class AppError extends Error {
  constructor(
    message: string,
    readonly statusCode = 400,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const INVALID_TOKEN = "Invalid token. We'll try to assign a new one on next request";

export function errorHandler(logUnexpected: boolean): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    if (err instanceof AppError) {
      res.status(err.statusCode).json({ error: err.message });
      return;
    }
    // multer's limits and field errors are the client's fault.
    if (err instanceof Error && err.name === 'MulterError') {
      res.status(400).json({ error: (err as Error & { code?: string }).code ?? err.message });
      return;
    }
    // Like Atendechat, anything else (malformed JSON included) is a bare 500; only real bugs are logged.
    const clientError = typeof err === 'object' && err !== null && 'status' in err && Number(err.status) < 500;
    if (logUnexpected && !clientError) console.error('[dev-api]', err);
    res.status(500).json({ error: 'ERR_INTERNAL_SERVER_ERROR' });
  };
}
