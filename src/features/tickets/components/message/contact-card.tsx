import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { initialOf } from '../../model/format.ts';
import { parseVCards, telHref } from '../../model/vcard.ts';

/** A shared contact (the body is its vCard): name, organisation and numbers, not the raw card. */
export function ContactCard({ vcard }: { vcard: string }) {
  const { t } = useTranslation('tickets');
  const cards = parseVCards(vcard);
  if (cards.length === 0) {
    return (
      <Typography variant="body2" sx={{ fontStyle: 'italic', color: 'text.secondary' }} data-testid="message-contact">
        {t('message.contact.unreadable')}
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'grid', gap: 0.75 }}>
      {cards.map((card, index) => (
        <Box
          key={index}
          data-testid="message-contact"
          aria-label={t('message.contact.title')}
          role="group"
          sx={{
            display: 'flex',
            gap: 1,
            alignItems: 'center',
            width: 280,
            maxWidth: '100%',
            p: 1,
            borderRadius: 1.5,
            bgcolor: 'action.hover',
          }}
        >
          <Avatar aria-hidden sx={{ bgcolor: 'action.selected', color: 'text.primary' }}>
            {initialOf(card.name)}
          </Avatar>
          <Box sx={{ minWidth: 0 }}>
            <Typography
              variant="body2"
              component="bdi"
              noWrap
              sx={{ display: 'block', fontWeight: 600 }}
              data-testid="contact-name"
            >
              {card.name}
            </Typography>
            {card.organization && (
              <Typography variant="caption" component="bdi" noWrap sx={{ display: 'block', color: 'text.secondary' }}>
                {card.organization}
              </Typography>
            )}
            {card.phones.map((phone, i) => {
              const href = telHref(phone);
              return href ? (
                <Link
                  key={i}
                  href={href}
                  variant="body2"
                  aria-label={t('message.contact.call', { number: phone.number })}
                  data-testid="contact-number"
                  sx={{ display: 'block', color: 'inherit' }}
                >
                  <bdi>{phone.number}</bdi>
                </Link>
              ) : (
                <Typography key={i} variant="body2" data-testid="contact-number">
                  <bdi>{phone.number}</bdi>
                </Typography>
              );
            })}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
