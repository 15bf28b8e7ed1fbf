/**
 * There is no WhatsApp behind the stand-in: starting a session shows a QR code, then "the phone
 * scans it" after a delay and the connection becomes CONNECTED. Each step is stored and emitted
 * as `company-<id>-whatsappSession`, as the real backend does while pairing.
 */
import { randomBytes } from 'node:crypto';
import { nowIso, type Db } from './db.ts';
import type { WhatsappRow } from './rows.ts';
import { whatsappJson } from './serialize.ts';
import type { Realtime } from './socket.ts';

/** Looks like a Baileys pairing reference; the frontend only renders it as a QR code. */
function fakeQrCode(): string {
  const part = (bytes: number) => randomBytes(bytes).toString('base64');
  return `2@${part(48)},${part(32)},${part(32)},${part(32)},1`;
}

export class FakePairing {
  private readonly timers = new Map<number, NodeJS.Timeout>();

  constructor(
    private readonly db: Db,
    private readonly realtime: Realtime,
    private readonly delayMs: number,
  ) {}

  private update(id: number, status: string, qrcode: string, retries?: number): void {
    this.db.run(
      'UPDATE whatsapps SET status = ?, qrcode = ?, retries = COALESCE(?, retries), updatedAt = ? WHERE id = ?',
      status,
      qrcode,
      retries ?? null,
      nowIso(),
      id,
    );
    const row = this.db.one<WhatsappRow>('SELECT * FROM whatsapps WHERE id = ?', id);
    if (row)
      this.realtime.toCompany(row.companyId, 'whatsappSession', {
        action: 'update',
        session: whatsappJson(this.db, row),
      });
  }

  /** Shows a QR code now and connects after the delay. Restarting starts over. */
  start(whatsappId: number): void {
    this.cancel(whatsappId);
    this.update(whatsappId, 'qrcode', fakeQrCode(), 0);
    const timer = setTimeout(() => {
      this.timers.delete(whatsappId);
      if (this.db.raw.open) this.update(whatsappId, 'CONNECTED', '');
    }, this.delayMs);
    timer.unref();
    this.timers.set(whatsappId, timer);
  }

  disconnect(whatsappId: number): void {
    this.cancel(whatsappId);
    this.update(whatsappId, 'DISCONNECTED', '');
  }

  cancel(whatsappId: number): void {
    const timer = this.timers.get(whatsappId);
    if (timer) clearTimeout(timer);
    this.timers.delete(whatsappId);
  }

  stopAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
