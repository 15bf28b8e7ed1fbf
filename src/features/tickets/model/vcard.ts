/**
 * A shared contact (`contactMessage`: the body is the vCard text WhatsApp sends) as a readable card: the
 * name, the organisation and the numbers. Lenient: vCard 2.1, 3.0 and 4.0, folded lines, escapes, grouped
 * properties (`item1.TEL`), unknown properties ignored. Pure.
 */
export interface VCardPhone {
  /** As written in the card, e.g. `+55 11 98765-4321`. */
  number: string;
  /** WhatsApp's id for the number (`waid=`), digits only, when given. */
  waId?: string;
}

export interface VCard {
  name: string;
  organization?: string;
  phones: VCardPhone[];
  emails: string[];
}

/** Undoes vCard escapes: `\n`, `\,`, `\;`, `\\`. */
function unescapeValue(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Every card in `text` (a body may hold several); empty when there is none. */
export function parseVCards(text: string): VCard[] {
  // Unfold: a line starting with a space or tab continues the previous one.
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n');
  const cards: VCard[] = [];
  let card: (VCard & { structuredName?: string }) | undefined;
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const head = line.slice(0, colon);
    const value = line.slice(colon + 1).trim();
    const [rawName = '', ...params] = head.split(';');
    const name = rawName.replace(/^[^.]*\./, '').toUpperCase();
    if (name === 'BEGIN' && value.toUpperCase() === 'VCARD') {
      card = { name: '', phones: [], emails: [] };
      continue;
    }
    if (!card) continue;
    switch (name) {
      case 'END': {
        const { structuredName, ...done } = card;
        if (!done.name) done.name = structuredName ?? '';
        if (done.name || done.phones.length > 0) cards.push(done);
        card = undefined;
        break;
      }
      case 'FN':
        card.name = unescapeValue(value).trim();
        break;
      case 'N': {
        // Family;Given;Additional;Prefix;Suffix → "Given Additional Family".
        const [family = '', given = '', additional = ''] = value.split(';').map(unescapeValue);
        card.structuredName = [given, additional, family]
          .map((part) => part.trim())
          .filter(Boolean)
          .join(' ');
        break;
      }
      case 'ORG': {
        const organization = value.split(';').map(unescapeValue).filter(Boolean).join(', ').trim();
        if (organization) card.organization = organization;
        break;
      }
      case 'TEL': {
        const number = unescapeValue(value.replace(/^tel:/i, '')).trim();
        if (!number) break;
        const waId = params
          .map((param) => /^waid=(\d+)$/i.exec(param.trim())?.[1])
          .find((id): id is string => id !== undefined);
        card.phones.push(waId ? { number, waId } : { number });
        break;
      }
      case 'EMAIL': {
        const email = unescapeValue(value).trim();
        if (email) card.emails.push(email);
        break;
      }
    }
  }
  return cards;
}

/**
 * A number as a `tel:` link target (digits only, `+` when international: WhatsApp's id always is), or
 * undefined when it is not a phone number.
 */
export function telHref(phone: VCardPhone): string | undefined {
  const international = phone.waId !== undefined || phone.number.trim().startsWith('+');
  const digits = (phone.waId ?? phone.number).replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 20) return undefined;
  return `tel:${international ? '+' : ''}${digits}`;
}
