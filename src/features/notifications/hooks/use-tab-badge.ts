import { useEffect } from 'react';
import { badgeText, tabTitle } from '../model/attention.ts';

/**
 * The tab's title and icon with the unread count, from the brand's own: its tab name and the icon links the
 * build stamped into index.html (never anything else, so a tab shows only its own brand).
 */

/** Each icon link's own `href`, as the build wrote it, while a badge replaces it. */
const originals = new Map<HTMLLinkElement, string>();
const images = new Map<string, Promise<HTMLImageElement | undefined>>();

function iconLinks(): HTMLLinkElement[] {
  return [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')];
}

const originalHref = (link: HTMLLinkElement) => originals.get(link) ?? link.getAttribute('href') ?? '';

/** The picture to badge: the brand's PNG icon (32 px), else its first icon. */
function brandIconHref(): string | undefined {
  const links = iconLinks();
  const png = links.find((link) => link.type === 'image/png') ?? links[0];
  return png ? originalHref(png) : undefined;
}

/** The icon, decoded once per address; undefined when it does not load (then no badge, the title still counts). */
function loadImage(href: string): Promise<HTMLImageElement | undefined> {
  let image = images.get(href);
  if (!image) {
    const element = new Image();
    element.src = href;
    image = element.decode().then(
      () => element,
      () => {
        images.delete(href);
        return undefined;
      },
    );
    images.set(href, image);
  }
  return image;
}

const SIZE = 64;

/** The brand's icon with a round red badge and `text` in its top-right corner, as a PNG data URL. */
async function badgedIcon(text: string): Promise<string | undefined> {
  const href = brandIconHref();
  const image = href ? await loadImage(href) : undefined;
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  const context = canvas.getContext('2d');
  if (!image || !context) return undefined;
  context.drawImage(image, 0, 0, SIZE, SIZE);
  const radius = SIZE * 0.3;
  const x = SIZE - radius;
  const y = radius;
  context.beginPath();
  context.arc(x, y, radius, 0, 2 * Math.PI);
  context.fillStyle = '#d32f2f';
  context.fill();
  context.lineWidth = SIZE * 0.04;
  context.strokeStyle = '#ffffff';
  context.stroke();
  context.fillStyle = '#ffffff';
  context.font = `bold ${Math.round(radius * (text.length > 1 ? 1.05 : 1.35))}px sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(text, x, y + SIZE * 0.02);
  try {
    return canvas.toDataURL('image/png');
  } catch {
    return undefined;
  }
}

function showIcon(href: string): void {
  for (const link of iconLinks()) {
    if (!originals.has(link)) originals.set(link, link.getAttribute('href') ?? '');
    link.setAttribute('href', href);
  }
}

function restoreIcons(): void {
  for (const [link, href] of originals) link.setAttribute('href', href);
  originals.clear();
}

/** `(3) Tab name` and the badged icon while something is unread; the brand's own title and icon otherwise. */
export function useTabBadge(tabName: string, unread: number): void {
  useEffect(() => {
    document.title = tabTitle(tabName, unread);
  }, [tabName, unread]);

  useEffect(() => {
    if (unread <= 0) {
      restoreIcons();
      return;
    }
    let current = true;
    void badgedIcon(badgeText(unread)).then((href) => {
      if (current && href) showIcon(href);
    });
    return () => {
      current = false;
    };
  }, [unread]);

  // Signed out (the shell unmounts): the brand's own title and icon.
  useEffect(
    () => () => {
      document.title = tabName;
      restoreIcons();
    },
    [tabName],
  );
}
