import { bubbleClasses } from './bubble-styles.tsx';

/** "Today", "Yesterday" or the date, between the messages of two days. */
export function DaySeparator({ label }: { label: string }) {
  return (
    <div className={bubbleClasses.day} role="separator" aria-label={label} data-testid="day-separator">
      <span className={bubbleClasses.dayLabel}>{label}</span>
    </div>
  );
}
