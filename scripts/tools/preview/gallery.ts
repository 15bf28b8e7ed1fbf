import { SHOTS, VIEWPORT, type ShotId } from './shots.ts';

/** One brand's row in the gallery: its pictures, or why there are none (or not all). */
export interface GalleryRow {
  brand: string;
  /** Settings shown beside the pictures, when the brand loaded. */
  name?: string;
  color?: string;
  colorDark?: string;
  /** Path of each picture relative to index.html. */
  shots: Partial<Record<ShotId, string>>;
  /** The build's errors, or what failed while taking the pictures. */
  errors: string[];
}

export interface GalleryMeta {
  generatedAt: Date;
  commit?: string;
}

/** The gallery page: one row per brand, its four screens side by side; a brand that failed shows its errors. */
export function renderGallery(rows: GalleryRow[], meta: GalleryMeta): string {
  const failed = rows.filter((row) => row.errors.length > 0).length;
  const thumbWidth = 320;
  const thumbHeight = Math.round((thumbWidth * VIEWPORT.height) / VIEWPORT.width);
  const header = SHOTS.map((shot) => `<th scope="col">${escapeHtml(shot.title)}</th>`).join('');
  const body = rows.map((row) => renderRow(row, thumbWidth, thumbHeight)).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Vitrine brand preview</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #1f1f1f; background: #f5f5f5; }
  h1 { font-size: 20px; margin: 0 0 4px; }
  p.meta { margin: 0 0 16px; color: #555; }
  table { border-collapse: collapse; background: #fff; }
  th, td { border: 1px solid #ddd; padding: 8px; vertical-align: top; text-align: left; }
  th[scope="row"] { min-width: 180px; }
  .id { font-family: ui-monospace, monospace; color: #555; }
  .swatch { display: inline-block; width: 14px; height: 14px; border: 1px solid #0003; border-radius: 3px; vertical-align: -2px; margin-right: 4px; }
  img { display: block; border: 1px solid #ccc; }
  tr.failed th, tr.failed td.error { background: #fff1f0; }
  td.error pre { margin: 0; white-space: pre-wrap; color: #a8071a; font: 13px/1.4 ui-monospace, monospace; }
  td.missing { color: #888; }
</style>
</head>
<body>
<h1>Vitrine brand preview</h1>
<p class="meta">${rows.length} brand(s)${failed > 0 ? `, ${failed} with errors` : ''} · generated ${escapeHtml(meta.generatedAt.toISOString())}${meta.commit ? ` from ${escapeHtml(meta.commit)}` : ''} · against the stand-in backend with demo data</p>
<table>
<thead><tr><th scope="col">Brand</th>${header}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}

function renderRow(row: GalleryRow, width: number, height: number): string {
  const swatch = (label: string, color?: string) =>
    color
      ? `<div><span class="swatch" style="background:${escapeHtml(color)}"></span>${label} ${escapeHtml(color)}</div>`
      : '';
  const heading = `<th scope="row"><div><strong>${escapeHtml(row.name ?? row.brand)}</strong></div><div class="id">${escapeHtml(row.brand)}</div>${swatch('color', row.color)}${row.colorDark?.toLowerCase() === row.color?.toLowerCase() ? '' : swatch('colorDark', row.colorDark)}</th>`;
  const anyShot = SHOTS.some((shot) => row.shots[shot.id]);
  const errors = `<pre>${escapeHtml(row.errors.join('\n'))}</pre>`;
  if (!anyShot) {
    return `<tr data-brand="${escapeHtml(row.brand)}" class="failed">${heading}<td class="error" colspan="${SHOTS.length}">${errors}</td></tr>`;
  }
  const cells = SHOTS.map((shot) => {
    const file = row.shots[shot.id];
    if (!file) return '<td class="missing">not taken</td>';
    const alt = `${row.brand}: ${shot.title}`;
    return `<td><a href="${escapeHtml(file)}"><img src="${escapeHtml(file)}" alt="${escapeHtml(alt)}" width="${width}" height="${height}" loading="lazy" /></a></td>`;
  }).join('');
  const errorRow =
    row.errors.length > 0
      ? `\n<tr class="failed"><td class="error" colspan="${SHOTS.length + 1}">${errors}</td></tr>`
      : '';
  return `<tr data-brand="${escapeHtml(row.brand)}"${row.errors.length > 0 ? ' class="failed"' : ''}>${heading}${cells}</tr>${errorRow}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
