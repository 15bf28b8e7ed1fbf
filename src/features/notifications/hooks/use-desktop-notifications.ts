import { useCallback, useState } from 'react';

/** `unsupported`: no Notification API (or only through a service worker, as on Android). */
export type DesktopPermission = NotificationPermission | 'unsupported';

function currentPermission(): DesktopPermission {
  return typeof window !== 'undefined' && 'Notification' in window ? Notification.permission : 'unsupported';
}

/**
 * Whether this site may show desktop notifications, and `request()` to ask: call it from a user gesture (a
 * menu item), as browsers require.
 */
export function useDesktopPermission(): { permission: DesktopPermission; request: () => Promise<void> } {
  const [permission, setPermission] = useState(currentPermission);
  const request = useCallback(async () => {
    if (currentPermission() === 'unsupported') return;
    try {
      setPermission(await Notification.requestPermission());
    } catch {
      setPermission(currentPermission());
    }
  }, []);
  return { permission, request };
}

export interface DesktopNotice {
  title: string;
  body: string;
  tag: string;
  icon?: string;
  onClick: () => void;
}

/** Shows a desktop notification when allowed; the notification, or undefined when none could be shown. */
export function showDesktopNotice({ title, body, tag, icon, onClick }: DesktopNotice): Notification | undefined {
  if (currentPermission() !== 'granted') return undefined;
  try {
    const notification = new Notification(title, { body, tag, ...(icon && { icon }) });
    notification.onclick = (event) => {
      event.preventDefault();
      window.focus();
      onClick();
      notification.close();
    };
    return notification;
  } catch {
    // Chrome on Android allows them only through a service worker: the sound and the tab badge remain.
    return undefined;
  }
}
