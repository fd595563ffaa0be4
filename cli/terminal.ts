// What the command line says on standard error, and the error whose message is all the
// user needs. Every line is shown `printable`, so no escape sequence reaches the terminal.

import { printable } from '../contract/printable.ts';

/** An error whose message is all the user needs: printed without a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/**
 * One message on standard error. Each of its lines is shown `printable`, so no escape
 * sequence reaches the terminal; a file name inside goes through `printable` itself
 * first, so its own line breaks cannot start a line.
 */
export function say(message: string): void {
  process.stderr.write(`${message.split('\n').map(printable).join('\n')}\n`);
}

export function readError(error: { source: string; reason: string }): string {
  return `error: ${printable(error.source)}: ${printable(error.reason)}`;
}

export function progressPrinter(label: string): { update(done: number, total: number): void; end(): void } {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let last = 0;
  return {
    update(done, total) {
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
      process.stderr.write(`\r${label} ${done}/${total} · ${rate.toFixed(1)} articles/s · ETA ${eta}s   `);
    },
    end() {
      if (tty) process.stderr.write('\n');
    },
  };
}
