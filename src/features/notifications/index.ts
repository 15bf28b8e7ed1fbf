/**
 * Knowing that something happened while looking elsewhere: no page of its own. Texts in the `notifications`
 * namespace (src/features/notifications/locales).
 *
 * - `<AttentionSignals />`: mounted once in the signed-in shell (src/app/routes/app/root.tsx), renders
 *   nothing. A new customer message on a ticket that is not on screen (not the open conversation of a
 *   visible tab) chimes (WebAudio) unless the sound is off, shows a desktop notification when the tab is
 *   hidden and notifications are allowed (a click focuses the tab and opens `/tickets/:id`), and the unread
 *   count goes into the tab title, `(3) <brand tab name>`, and onto the brand's favicon as a badge; both
 *   return to the brand's own when nothing is unread. Who is told what: model/attention.ts.
 * - `useSoundSetting()` → `[on, setOn]`: the sound switch, remembered per brand (`vitrine:<brand>:sound`).
 * - `useDesktopPermission()` → `{permission, request}`: `'default' | 'granted' | 'denied' | 'unsupported'`;
 *   `request()` asks the browser, from a user gesture (the user menu's item).
 *
 * Inside: api/unread-tickets.ts (`GET /tickets?withUnreadMessages=true`, the socket's ticket and message
 * events into that cache), hooks/ (sound, desktop notifications, page visibility, title and favicon).
 */
export { AttentionSignals } from './components/attention-signals.tsx';
export { useDesktopPermission, type DesktopPermission } from './hooks/use-desktop-notifications.ts';
export { useSoundSetting } from './hooks/use-sound.ts';
