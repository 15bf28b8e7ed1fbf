/**
 * Atendechat's own frontend refuses to log in when the company's `dueDate` is in the past; so does Vitrine.
 * A missing or unreadable date is not treated as expired: other backends of the family may not send one.
 */
export function isSubscriptionExpired(dueDate: string | null | undefined, now: Date): boolean {
  if (!dueDate) return false;
  const due = Date.parse(dueDate);
  return Number.isFinite(due) && due < now.getTime();
}
