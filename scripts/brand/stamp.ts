import { BRAND_CONFIG_ELEMENT_ID, type BrandConfig } from '../../common/brand-contract.ts';
import { DARK_BACKGROUND, LIGHT_BACKGROUND } from '../../common/brand-palette.ts';
import { escapeHtml, jsonForScriptElement } from './html.ts';

/** The public URLs of a brand's files inside its bundle (root-relative: a bundle is served at a root). */
export interface BrandUrls {
  logo: string;
  logoDark: string;
  faviconIco: string;
  favicon32: string;
  appleTouchIcon: string;
  icon192: string;
  icon512: string;
  maskable512: string;
  stylesheet: string;
  manifest: string;
}

export const HEAD_PLACEHOLDER = '<!--vitrine:head-->';
export const SPLASH_PLACEHOLDER = '<!--vitrine:splash-->';

export interface StampInput {
  config: BrandConfig;
  urls: BrandUrls;
  /** Extra head markup, e.g. the Content-Security-Policy meta tag. */
  extraHead?: string;
}

/** Everything brand-specific in `<head>`: title, icons, manifest, theme colour, stylesheet and the app's config. */
export function renderHead({ config, urls, extraHead = '' }: StampInput): string {
  return [
    extraHead,
    `<title>${escapeHtml(config.tabName)}</title>`,
    `<meta name="application-name" content="${escapeHtml(config.name)}" />`,
    `<meta name="theme-color" content="${config.color}" />`,
    `<link rel="icon" href="${urls.faviconIco}" sizes="48x48" />`,
    `<link rel="icon" type="image/png" sizes="32x32" href="${urls.favicon32}" />`,
    `<link rel="apple-touch-icon" sizes="180x180" href="${urls.appleTouchIcon}" />`,
    `<link rel="manifest" href="${urls.manifest}" />`,
    `<link rel="stylesheet" href="${urls.stylesheet}" />`,
    `<script type="application/json" id="${BRAND_CONFIG_ELEMENT_ID}">${jsonForScriptElement(config)}</script>`,
  ]
    .filter(Boolean)
    .join('\n    ');
}

/** What shows before React mounts: the brand's logo (dark variant under a dark system theme) and a bar in its colour. */
export function renderSplash({ config, urls }: StampInput): string {
  const dark =
    urls.logoDark === urls.logo ? '' : `<source srcset="${urls.logoDark}" media="(prefers-color-scheme: dark)" />`;
  return `<div class="vitrine-splash" role="status" aria-label="${escapeHtml(config.name)}"><picture>${dark}<img src="${urls.logo}" alt="${escapeHtml(config.name)}" /></picture><div class="vitrine-splash__bar"></div></div>`;
}

/**
 * The brand stylesheet, linked (not inlined) so a strict Content-Security-Policy needs no 'unsafe-inline'.
 * Colours are validated `#RRGGBB` strings, so interpolating them cannot inject CSS. The splash's backgrounds
 * are the theme's, so nothing flashes when React takes over.
 */
export function renderBrandStylesheet(config: BrandConfig): string {
  return `:root{--vitrine-primary:${config.color};--vitrine-primary-dark:${config.colorDark};color-scheme:light dark}
html,body{margin:0}
.vitrine-splash{box-sizing:border-box;min-height:100vh;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:24px;padding:24px;background:${LIGHT_BACKGROUND}}
.vitrine-splash img{display:block;max-width:min(240px,60vw);max-height:120px;height:auto}
.vitrine-splash__bar{width:120px;height:4px;border-radius:2px;background:var(--vitrine-primary);animation:vitrine-pulse 1.2s ease-in-out infinite alternate}
@keyframes vitrine-pulse{from{opacity:.35}to{opacity:1}}
@media (prefers-color-scheme:dark){.vitrine-splash{background:${DARK_BACKGROUND}}.vitrine-splash__bar{background:var(--vitrine-primary-dark)}}
@media (prefers-reduced-motion:reduce){.vitrine-splash__bar{animation:none}}
`;
}

export interface WebManifest {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: 'standalone';
  theme_color: string;
  background_color: string;
  icons: Array<{ src: string; sizes: string; type: 'image/png'; purpose?: 'maskable' }>;
}

export function renderManifest({ config, urls }: StampInput): WebManifest {
  return {
    name: config.name,
    // Launchers truncate around 12 characters: prefer the shorter of the two names.
    short_name: [config.name, config.tabName].sort((a, b) => a.length - b.length)[0] ?? config.name,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: config.color,
    background_color: LIGHT_BACKGROUND,
    icons: [
      { src: urls.icon192, sizes: '192x192', type: 'image/png' },
      { src: urls.icon512, sizes: '512x512', type: 'image/png' },
      { src: urls.maskable512, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

/** Fills the template's placeholders. Throws if the template lacks them, so a changed index.html can't ship unbranded. */
export function stampHtml(template: string, input: StampInput): string {
  for (const placeholder of [HEAD_PLACEHOLDER, SPLASH_PLACEHOLDER]) {
    if (!template.includes(placeholder))
      throw new Error(`index.html has no ${placeholder} placeholder: the brand cannot be stamped`);
  }
  // Function replacers: a `$&` in a brand's name must not be read as a replacement pattern.
  return template
    .replace(HEAD_PLACEHOLDER, () => renderHead(input))
    .replace(SPLASH_PLACEHOLDER, () => renderSplash(input));
}
