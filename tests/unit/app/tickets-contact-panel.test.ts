import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../src/features/tickets/api/schemas.ts';
import {
  earlierTicketsOf,
  extraFieldErrors,
  extraInfoUpdate,
  mailtoHref,
  telHref,
} from '../../../src/features/tickets/model/contact-panel.ts';

const ticket = (id: number, contactId: number, updatedAt: string): Ticket => ({
  id,
  status: 'closed',
  userId: null,
  queueId: null,
  contactId,
  updatedAt,
  contact: { id: contactId, name: `C${contactId}`, number: '55119' },
});

describe('contact panel model', () => {
  it('earlier tickets: the same contact, not the open one, newest first', () => {
    const found = [
      ticket(1, 7, '2026-01-01T10:00:00.000Z'),
      ticket(2, 8, '2026-01-03T10:00:00.000Z'),
      ticket(3, 7, '2026-01-02T10:00:00.000Z'),
      ticket(4, 7, '2026-01-04T10:00:00.000Z'),
    ];
    expect(earlierTicketsOf(found, 7, 4).map((t) => t.id)).toEqual([3, 1]);
    // A fork without contactId: the contact's id decides.
    const { contactId: _omit, ...rest } = ticket(5, 7, '2026-01-05T10:00:00.000Z');
    expect(earlierTicketsOf([rest], 7, 4).map((t) => t.id)).toEqual([5]);
  });

  it('extra fields: trimmed, empty rows dropped, ids kept; a value needs a name', () => {
    const fields = [
      { id: 3, name: ' CPF ', value: ' 123 ' },
      { name: '', value: '' },
      { name: 'Empresa', value: '' },
      { name: '  ', value: 'sem nome' },
    ];
    expect(extraInfoUpdate(fields)).toEqual([
      { id: 3, name: 'CPF', value: '123' },
      { name: 'Empresa', value: '' },
      { name: '', value: 'sem nome' },
    ]);
    expect(extraFieldErrors(fields)).toEqual([undefined, undefined, undefined, 'panel.fields.nameRequired']);
  });

  it('links only for plain numbers and addresses', () => {
    expect(telHref('5511987654321')).toBe('tel:+5511987654321');
    expect(telHref('120363025@g.us')).toBeUndefined();
    expect(mailtoHref(' maria@example.com ')).toBe('mailto:maria@example.com');
    expect(mailtoHref('javascript:alert(1)//@x.com')).toBeUndefined();
    expect(mailtoHref('a@b.com?cc=x@y.com')).toBeUndefined();
  });
});
