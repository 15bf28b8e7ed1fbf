import { createHash } from 'node:crypto';
import type { BrandConfig } from '../../common/brand-contract.ts';
import type { ResolvedBrand } from './load-brand.ts';
import type { ImageAsset } from './image-files.ts';
import { escapeJsonMarkup } from './html.ts';
import { ICON_RECIPES, IconCache, renderFaviconIco, renderIcon, type IconRecipe } from './icons.ts';
import { renderBrandStylesheet, renderManifest, type BrandUrls, type StampInput } from './stamp.ts';

/** A brand's files keyed by their path in the bundle (no leading slash), plus what the HTML stamp needs. */
export interface BrandFiles {
  files: Map<string, Buffer>;
  stamp: StampInput;
}

export interface BrandFilesOptions {
  cache?: IconCache;
  /** Extra head markup (the CSP meta tag). */
  extraHead?: string;
}

/**
 * Everything brand-specific in a bundle: logos, icons, stylesheet, manifest. Files the app references get
 * content-hashed names under `brand/`, so they can be cached forever; favicon.ico and the manifest keep
 * the fixed names browsers ask for.
 */
export async function renderBrandFiles(brand: ResolvedBrand, options: BrandFilesOptions = {}): Promise<BrandFiles> {
  const cache = options.cache ?? new IconCache(undefined);
  const files = new Map<string, Buffer>();
  const add = (stem: string, extension: string, bytes: Buffer): string => {
    const path = `brand/${stem}.${contentHash(bytes)}.${extension}`;
    files.set(path, bytes);
    return `/${path}`;
  };
  const icon = (source: ImageAsset, recipe: IconRecipe) =>
    cache.get(IconCache.keyFor(source, recipe), () => renderIcon(source, recipe));

  const { settings, logo, logoDark } = brand;
  // A designer's favicon wins for the small icons; the logo makes the rest.
  const smallIconSource = brand.favicon?.format === 'png' ? brand.favicon : logo;
  const faviconIco =
    brand.favicon?.format === 'ico'
      ? brand.favicon.bytes
      : await cache.get(IconCache.keyFor(smallIconSource, 'ico'), () => renderFaviconIco(smallIconSource));
  files.set('favicon.ico', faviconIco);

  const logoUrl = add('logo', logo.format, logo.bytes);
  const config: BrandConfig = {
    id: brand.id,
    name: settings.name,
    tabName: settings.tabName,
    color: settings.color,
    colorDark: settings.colorDark,
    apiUrl: settings.apiUrl.replace(/\/+$/, ''),
    logoUrl,
    logoDarkUrl: logoDark ? add('logo-dark', logoDark.format, logoDark.bytes) : logoUrl,
  };
  const urlsWithoutStylesheet = {
    logo: config.logoUrl,
    logoDark: config.logoDarkUrl,
    faviconIco: '/favicon.ico',
    favicon32: add('favicon-32', 'png', await icon(smallIconSource, ICON_RECIPES.favicon32)),
    appleTouchIcon: add('apple-touch-icon', 'png', await icon(logo, ICON_RECIPES.appleTouch('#ffffff'))),
    icon192: add('icon-192', 'png', await icon(logo, ICON_RECIPES.icon192)),
    icon512: add('icon-512', 'png', await icon(logo, ICON_RECIPES.icon512)),
    maskable512: add('maskable-512', 'png', await icon(logo, ICON_RECIPES.maskable512(settings.color))),
    manifest: '/manifest.webmanifest',
  };
  const urls: BrandUrls = {
    ...urlsWithoutStylesheet,
    stylesheet: add('brand', 'css', Buffer.from(renderBrandStylesheet(config))),
  };
  const stamp: StampInput = { config, urls, ...(options.extraHead && { extraHead: options.extraHead }) };
  // Escaped as the page's config block is: a browser or tool that sniffs the file as HTML finds no markup.
  const manifest = escapeJsonMarkup(JSON.stringify(renderManifest(stamp), null, 2));
  files.set('manifest.webmanifest', Buffer.from(`${manifest}\n`));
  return { files, stamp };
}

function contentHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 10);
}
