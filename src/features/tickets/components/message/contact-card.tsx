import { initialOf } from '../../model/format.ts';
import { parseVCards, telHref } from '../../model/vcard.ts';
import { bubbleClasses } from './bubble-styles.tsx';
import { useBubbleTexts } from './bubble-texts.tsx';

/** A shared contact (the body is its vCard): name, organisation and numbers, not the raw card. */
export function ContactCard({ vcard }: { vcard: string }) {
  const { t } = useBubbleTexts();
  const cards = parseVCards(vcard);
  if (cards.length === 0) {
    return (
      <span className={bubbleClasses.note} data-testid="message-contact">
        {t('message.contact.unreadable')}
      </span>
    );
  }
  return (
    <div className={bubbleClasses.contacts}>
      {cards.map((card, index) => (
        <div
          key={index}
          className={bubbleClasses.card}
          data-testid="message-contact"
          aria-label={t('message.contact.title')}
          role="group"
        >
          <span className={bubbleClasses.contactAvatar} aria-hidden>
            {initialOf(card.name)}
          </span>
          <div className={bubbleClasses.cardText}>
            <bdi className={bubbleClasses.cardTitle} data-testid="contact-name">
              {card.name}
            </bdi>
            {card.organization && <bdi className={bubbleClasses.cardDetails}>{card.organization}</bdi>}
            {card.phones.map((phone, i) => {
              const href = telHref(phone);
              return href ? (
                <a
                  key={i}
                  className={bubbleClasses.contactNumber}
                  href={href}
                  aria-label={t('message.contact.call', { number: phone.number })}
                  data-testid="contact-number"
                >
                  <bdi>{phone.number}</bdi>
                </a>
              ) : (
                <span key={i} className={bubbleClasses.contactNumber} data-testid="contact-number">
                  <bdi>{phone.number}</bdi>
                </span>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
