import { BubbleIcon } from './bubble-icon.tsx';
import { bubbleClasses } from './bubble-styles.tsx';
import { useBubbleTexts } from './bubble-texts.tsx';

/** A shared location: its description (text) and a link to the map (only an http(s) one). */
export function LocationCard({
  mapUrl,
  description,
}: {
  mapUrl?: string | undefined;
  description?: string | undefined;
}) {
  const { t } = useBubbleTexts();
  return (
    <div className={bubbleClasses.location} data-testid="message-location">
      <div className={bubbleClasses.locationHead}>
        <BubbleIcon name="locationOn" className={bubbleClasses.locationIcon} />
        <div className={bubbleClasses.cardText}>
          <span className={bubbleClasses.cardTitle}>{t('message.location.title')}</span>
          {description && (
            <span className={bubbleClasses.locationDescription} dir="auto" data-testid="location-description">
              {description}
            </span>
          )}
        </div>
      </div>
      {mapUrl && (
        <a
          className={bubbleClasses.outlinedLink}
          href={mapUrl}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="location-open"
        >
          {t('message.location.open')}
          <BubbleIcon name="openInNew" />
        </a>
      )}
    </div>
  );
}
