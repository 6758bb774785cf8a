// Every handler runs inside a guard: an exception is logged and answered with an empty result,
// so one bad document or request never takes the server down.
import { CancellationToken } from 'vscode-languageserver/node';

export type Logger = (message: string) => void;

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Wraps a request handler: on an exception (or a cancelled request) it logs and returns `fallback`. */
export function guardRequest<P, R>(log: Logger, name: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
  return async (params: P, token: CancellationToken = CancellationToken.None): Promise<R> => {
    try {
      return await handler(params, token);
    } catch (error) {
      log(`${name} failed: ${describeError(error)}`);
      return fallback;
    }
  };
}

/** Wraps a notification handler: on an exception it logs. */
export function guardNotification<P>(log: Logger, name: string, handler: (params: P) => void | Promise<void>) {
  return (params: P): void => {
    try {
      const pending = handler(params);
      if (pending) pending.catch((error: unknown) => log(`${name} failed: ${describeError(error)}`));
    } catch (error) {
      log(`${name} failed: ${describeError(error)}`);
    }
  };
}
