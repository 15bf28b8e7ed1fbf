import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { LOGINS, expect, logIn, test, type Stand } from './fixtures.ts';
import { apiCall, apiToken, backgroundLuminance, seriousViolations, watchCsp } from './helpers.ts';

const MEDIA = join(import.meta.dirname, 'assets', 'media');

// The seeded conversation has messages from yesterday and from the last hour: in a time zone where it is
// about noon now, "yesterday" and "today" are what they say whatever the hour the tests run at.
const offset = 12 - new Date().getUTCHours();
test.use({ timezoneId: offset >= 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}` });

interface Received {
  message: { id: string; mediaUrl: string | null; mediaType: string; body: string };
}

/** A customer sends something (the stand-in's simulator): a text, a real file (multipart), a location… */
async function inbound(
  stand: Stand,
  ticketId: number,
  fields: Record<string, string>,
  file?: { name: string; type: string; sentAs?: string },
): Promise<Received> {
  const form = new FormData();
  form.append('ticketId', String(ticketId));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) {
    form.append(
      'media',
      new Blob([readFileSync(join(MEDIA, file.name))], { type: file.type }),
      file.sentAs ?? file.name,
    );
  }
  const response = await fetch(`${stand.apiUrl}/dev/inbound`, { method: 'POST', body: form });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as Received;
}

async function devPost(stand: Stand, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${stand.apiUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

async function openConversation(page: Page, stand: Stand, ticketId: number) {
  await page.goto(`${stand.appUrl}/tickets/${ticketId}`);
  await logIn(page, LOGINS.company1Admin);
  const conversation = page.getByTestId('conversation');
  await expect(conversation).toHaveAttribute('data-ticket-id', String(ticketId));
  return conversation;
}

const row = (page: Page, id: string) => page.getByTestId(`message-${id}`);

test('received files of every kind render from the real files, live: photo, sticker, voice note, video, PDF, contact, location', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const csp = watchCsp(page);
  await openConversation(page, stand, 1);

  const photo = await inbound(stand, 1, { body: 'Olha a *foto* _nova_' }, { name: 'photo.png', type: 'image/png' });
  expect(photo.message.mediaType).toBe('image');
  const image = row(page, photo.message.id).getByTestId('message-image');
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
  await expect(image).toHaveAttribute('loading', 'lazy');
  // The caption, formatted: bold and italic as elements, the markers gone.
  const caption = row(page, photo.message.id).getByTestId('message-body');
  await expect(caption).toHaveText('Olha a foto nova');
  await expect(caption.locator('strong')).toHaveText('foto');
  await expect(caption.locator('em')).toHaveText('nova');

  const sticker = await inbound(stand, 1, { sticker: '1' }, { name: 'sticker.webp', type: 'image/webp' });
  await expect
    .poll(() =>
      row(page, sticker.message.id)
        .getByTestId('message-sticker')
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBe(96);
  await expect(row(page, sticker.message.id).getByTestId('message-body')).toHaveText('');

  const voice = await inbound(stand, 1, {}, { name: 'voice.ogg', type: 'audio/ogg; codecs=opus' });
  expect(voice.message).toMatchObject({ mediaType: 'audio', body: 'Áudio' });
  const player = row(page, voice.message.id).getByTestId('message-audio');
  await expect(player.getByTestId('audio-time')).toHaveText('0:03');
  await expect(row(page, voice.message.id).getByTestId('message-body')).toHaveText('');

  const video = await inbound(stand, 1, {}, { name: 'video.mp4', type: 'video/mp4' });
  const videoElement = row(page, video.message.id).getByTestId('message-video');
  await expect.poll(() => videoElement.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);
  expect(await videoElement.evaluate((v: HTMLVideoElement) => [v.videoWidth, v.preload, v.controls])).toEqual([
    160,
    'metadata',
    false,
  ]);
  // The browser's controls come with the first play, from the button over the first frame.
  await row(page, video.message.id).getByTestId('video-play').click();
  await expect
    .poll(() => videoElement.evaluate((v: HTMLVideoElement) => [v.controls, v.paused]))
    .toEqual([true, false]);
  await expect(row(page, video.message.id).getByTestId('video-play')).toHaveCount(0);

  const pdf = await inbound(stand, 1, {}, { name: 'document.pdf', type: 'application/pdf', sentAs: 'Nota fiscal.pdf' });
  expect(pdf.message).toMatchObject({ mediaType: 'application', body: '-' });
  const card = row(page, pdf.message.id).getByTestId('message-document');
  await expect(card).toHaveAttribute('data-file-type', 'pdf');
  await expect(card.getByTestId('document-name')).toHaveText('Nota_fiscal.pdf');
  // The size, from the file the backend serves (329 bytes).
  await expect(card.getByTestId('document-details')).toHaveText(/^PDF · 329\sbyte/);
  const download = card.getByTestId('document-download');
  await expect(download).toHaveAttribute('href', pdf.message.mediaUrl ?? '');
  await expect(download).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(download).toHaveAttribute('target', '_blank');
  expect((await fetch(pdf.message.mediaUrl ?? '')).headers.get('content-type')).toBe('application/pdf');

  const contact = await inbound(stand, 1, {}, { name: 'contact.vcf', type: 'text/vcard' });
  expect(contact.message.mediaType).toBe('contactMessage');
  const contactCard = row(page, contact.message.id).getByTestId('message-contact');
  await expect(contactCard.getByTestId('contact-name')).toHaveText('Roberta Souza');
  await expect(contactCard.getByTestId('contact-number')).toHaveText('+55 11 98765-4321');
  await expect(contactCard.getByTestId('contact-number')).toHaveAttribute('href', 'tel:+5511987654321');
  await expect(row(page, contact.message.id)).not.toContainText('BEGIN:VCARD');

  const place = await inbound(stand, 1, {
    latitude: '-23.5614',
    longitude: '-46.6559',
    description: 'Av. Paulista, 1578',
  });
  const location = row(page, place.message.id).getByTestId('message-location');
  await expect(location.getByTestId('location-description')).toHaveText('Av. Paulista, 1578');
  await expect(location.getByTestId('location-open')).toHaveAttribute(
    'href',
    'https://maps.google.com/maps?q=-23.5614%2C-46.6559&z=17&hl=pt-BR',
  );
  await expect(row(page, place.message.id)).not.toContainText('base64');

  expect(csp).toEqual([]);
});

test('the image viewer: arrows between the conversation’s images, Esc closes; audio: one at a time, 1× 1.5× 2×', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const first = await inbound(stand, 1, { body: 'Primeira' }, { name: 'photo.png', type: 'image/png' });
  const second = await inbound(stand, 1, { body: 'Segunda' }, { name: 'photo-2.png', type: 'image/png' });
  const voiceA = await inbound(stand, 1, {}, { name: 'voice.ogg', type: 'audio/ogg' });
  const voiceB = await inbound(stand, 1, {}, { name: 'voice.ogg', type: 'audio/ogg' });
  await openConversation(page, stand, 1);

  await row(page, first.message.id).getByTestId('message-image-open').click();
  const viewer = page.getByTestId('image-viewer');
  const shown = viewer.getByTestId('image-viewer-image');
  await expect(shown).toHaveAttribute('data-message-id', first.message.id);
  await expect(viewer.getByTestId('image-viewer-position')).toHaveText('1 / 2');
  await expect(viewer).toContainText('Primeira');
  await page.keyboard.press('ArrowRight');
  await expect(shown).toHaveAttribute('data-message-id', second.message.id);
  await expect(viewer.getByTestId('image-viewer-position')).toHaveText('2 / 2');
  await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(120);
  await page.keyboard.press('ArrowRight'); // the last one: stays
  await expect(viewer.getByTestId('image-viewer-position')).toHaveText('2 / 2');
  await page.keyboard.press('ArrowLeft');
  await expect(shown).toHaveAttribute('data-message-id', first.message.id);
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
  // Focus back on the thumbnail it was opened from.
  await expect(row(page, first.message.id).getByTestId('message-image-open')).toBeFocused();

  const a = row(page, voiceA.message.id);
  const b = row(page, voiceB.message.id);
  const audioOf = (locator: typeof a) => locator.locator('audio');
  const speed = a.getByTestId('audio-speed');
  await expect(speed).toHaveText('1×');
  await speed.click();
  await expect(speed).toHaveText('1,5×');
  expect(await audioOf(a).evaluate((audio: HTMLAudioElement) => audio.playbackRate)).toBe(1.5);
  await speed.click();
  await expect(speed).toHaveText('2×');
  expect(await audioOf(a).evaluate((audio: HTMLAudioElement) => audio.playbackRate)).toBe(2);

  await a.getByTestId('audio-toggle').click();
  await expect(a.getByTestId('message-audio')).toHaveAttribute('data-playing', 'true');
  await expect.poll(() => audioOf(a).evaluate((audio: HTMLAudioElement) => audio.currentTime)).toBeGreaterThan(0);
  await b.getByTestId('audio-toggle').click();
  await expect(b.getByTestId('message-audio')).toHaveAttribute('data-playing', 'true');
  // Starting the second paused the first.
  await expect(a.getByTestId('message-audio')).toHaveAttribute('data-playing', 'false');
  expect(await audioOf(a).evaluate((audio: HTMLAudioElement) => audio.paused)).toBe(true);
  await b.getByTestId('audio-toggle').click();
  await expect(b.getByTestId('message-audio')).toHaveAttribute('data-playing', 'false');
  await speed.click();
  await expect(speed).toHaveText('1×');

  // The position is the browser's own slider: End goes to the end, and its spoken value says where it is.
  const position = b.getByTestId('audio-position');
  await position.focus();
  await position.press('End');
  await expect.poll(() => audioOf(b).evaluate((audio: HTMLAudioElement) => audio.currentTime)).toBeGreaterThan(2.5);
  await expect(position).toHaveAttribute('aria-valuetext', /^0:0[34] \/ 0:0[34]$/);
});

test('a reply’s quote scrolls to the original; receipts, edits and deletions arrive live; date separators', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const token = await apiToken(stand.apiUrl);
  const seeded = (await (await apiCall(stand.apiUrl, token, 'GET', '/messages/6?pageNumber=1')).json()) as {
    messages: Array<{ id: string; body: string; quotedMsgId: string | null; isEdited: boolean }>;
  };
  const conversation = await openConversation(page, stand, 6);
  // Yesterday's media, then today's texts.
  await expect(conversation.getByTestId('day-separator')).toHaveText(['Ontem', 'Hoje']);

  const reply = seeded.messages.find((message) => message.body.startsWith('Perfeito'));
  const original = seeded.messages.find((message) => message.id === reply?.quotedMsgId);
  if (!reply || !original) throw new Error('the seed has a reply to the photo');
  const list = conversation.getByTestId('conversation-messages');
  await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(row(page, original.id)).not.toBeInViewport();
  const quote = row(page, reply.id).getByTestId('message-quote');
  await expect(quote).toContainText('Lucas Pereira');
  await expect(quote).toContainText('Foto');
  await quote.click();
  await expect(row(page, original.id)).toBeInViewport();
  const edited = seeded.messages.find((message) => message.isEdited);
  await expect(row(page, edited?.id ?? '').getByTestId('message-edited')).toHaveText('Editada');

  // Our message: pending (ack 1), then delivered, read, and a failure, as WhatsApp reports them.
  await apiCall(stand.apiUrl, token, 'POST', '/messages/6', { body: 'Reservado para você!' });
  const ours = conversation.getByTestId(/^message-3EB0/).filter({ hasText: 'Reservado para você!' });
  const receipt = ours.getByTestId('message-receipt');
  await expect(receipt).toHaveAttribute('data-receipt', 'pending');
  const id = ((await ours.getAttribute('data-testid')) ?? '').replace(/^message-/, '');
  for (const [ack, state, label] of [
    [2, 'sent', 'Enviada'],
    [3, 'delivered', 'Entregue'],
    [4, 'read', 'Lida'],
    [0, 'failed', 'Não enviada'],
  ] as const) {
    await devPost(stand, '/dev/ack', { messageId: id, ack });
    await expect(receipt).toHaveAttribute('data-receipt', state);
    await expect(receipt).toHaveAttribute('aria-label', label);
  }
  // The customer's messages have no receipt.
  await expect(row(page, original.id).getByTestId('message-receipt')).toHaveCount(0);

  // The customer edits a message, then one is deleted: both change in place, live.
  const customer = await inbound(stand, 6, { body: 'Quero duas unidades' });
  await expect(row(page, customer.message.id).getByTestId('message-body')).toHaveText('Quero duas unidades');
  await devPost(stand, '/dev/edit', { messageId: customer.message.id, body: 'Quero *três* unidades' });
  await expect(row(page, customer.message.id).getByTestId('message-body')).toHaveText('Quero três unidades');
  await expect(row(page, customer.message.id).getByTestId('message-edited')).toBeVisible();
  expect((await apiCall(stand.apiUrl, token, 'DELETE', `/messages/${customer.message.id}`)).status).toBe(200);
  await expect(row(page, customer.message.id).getByTestId('message-deleted')).toBeVisible();
  await expect(row(page, customer.message.id)).not.toContainText('unidades');
});

test('hostile content is text: markup, javascript: links, 100 KB, right-to-left overrides, ../../etc/passwd.pdf; nothing runs, nothing overflows at 360 px', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const csp = watchCsp(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Nothing but the app and its backend is ever asked for (not `x`, not a `javascript:` URL).
  const strayRequests: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    const ours = url.startsWith(`${stand.appUrl}/`) || url.startsWith(`${stand.apiUrl}/`) || url.startsWith('ws');
    if (!ours || /\/x$/.test(url)) strayRequests.push(url);
  });
  await page.setViewportSize({ width: 360, height: 740 });

  const markup = await inbound(stand, 1, {
    body: '<img src=x onerror=alert(1)> <script>alert(2)</script> javascript:alert(3) [site](javascript:alert(4)) https://example.com/ok',
  });
  const long = await inbound(stand, 1, { body: `${'palavra '.repeat(6000)}${'x'.repeat(52_000)}` });
  const rtl = await inbound(stand, 1, { body: 'Pedido \u202Efdp.exe\u202C pronto' });
  const passwd = await inbound(
    stand,
    1,
    {},
    { name: 'document.pdf', type: 'application/pdf', sentAs: '../../etc/passwd.pdf' },
  );
  // As the real backend would serve it: the raw name in mediaUrl, unencoded; and a URL that is not http(s).
  const rawName = await inbound(stand, 1, {}, { name: 'document.pdf', type: 'application/pdf' });
  const scriptUrl = await inbound(stand, 1, {}, { name: 'photo.png', type: 'image/png' });
  await page.route(`${stand.apiUrl}/messages/1?*`, async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { messages: Array<{ id: string; mediaUrl: string | null }> };
    for (const message of json.messages) {
      if (message.id === rawName.message.id)
        message.mediaUrl = `${stand.apiUrl}/public/1700000000000_../../etc/passwd.pdf`;
      if (message.id === scriptUrl.message.id) message.mediaUrl = 'javascript:alert(5)';
    }
    await route.fulfill({ response, json });
  });
  await openConversation(page, stand, 1);

  const markupBody = row(page, markup.message.id).getByTestId('message-body');
  await expect(markupBody).toContainText('<img src=x onerror=alert(1)> <script>alert(2)</script> javascript:alert(3)');
  await expect(page.locator('img[src="x"], script:not([src]):not([type="application/json"])')).toHaveCount(0);
  // Only the https link is a link.
  await expect(markupBody.locator('a')).toHaveCount(1);
  await expect(markupBody.locator('a')).toHaveAttribute('href', 'https://example.com/ok');
  await expect(markupBody.locator('a')).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(markupBody.locator('a')).toHaveAttribute('target', '_blank');
  await expect(page.locator('a[href^="javascript:" i], [src^="javascript:" i]')).toHaveCount(0);

  // 100 KB: its start, and the rest on request.
  const longBody = row(page, long.message.id).getByTestId('message-body');
  expect((await longBody.textContent())?.length ?? 0).toBeLessThan(3100);
  await row(page, long.message.id).getByTestId('message-read-more').click();
  await expect.poll(async () => (await longBody.textContent())?.length ?? 0).toBeGreaterThan(100_000);

  // The override is kept as text, inside an isolated element: the time and the rest of the page keep their order.
  const rtlBody = row(page, rtl.message.id).getByTestId('message-body');
  await expect(rtlBody).toHaveText('Pedido \u202Efdp.exe\u202C pronto');
  expect(await rtlBody.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('isolate');

  // The stand-in stores the file under a safe name; the real backend's raw name is shown as text.
  const stored = row(page, passwd.message.id);
  await expect(stored.getByTestId('document-name')).toHaveText('.._.._etc_passwd.pdf');
  expect(passwd.message.mediaUrl?.startsWith(`${stand.apiUrl}/public/`)).toBe(true);
  expect(passwd.message.mediaUrl).not.toContain('/etc/');
  await expect(row(page, rawName.message.id).getByTestId('document-name')).toHaveText('../../etc/passwd.pdf');
  await expect(row(page, scriptUrl.message.id).getByTestId('message-blocked')).toBeVisible();
  await expect(row(page, scriptUrl.message.id).locator('img')).toHaveCount(0);

  // Nothing wider than the screen.
  const list = page.getByTestId('conversation-messages');
  await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await list.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  for (const id of [markup.message.id, long.message.id, rtl.message.id, passwd.message.id, rawName.message.id]) {
    const box = await row(page, id).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360, id).toBe(true);
  }
  expect(dialogs).toEqual([]);
  expect(strayRequests).toEqual([]);
  expect(csp).toEqual([]);
});

test('axe: the conversation with every kind of message is clean, light and dark', async ({ page, launchStand }) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const csp = watchCsp(page);
  await inbound(stand, 6, { body: 'Reservado? ✅' }, { name: 'document.pdf', type: 'application/pdf' });
  const conversation = await openConversation(page, stand, 6);
  for (const testId of [
    'message-image',
    'message-sticker',
    'message-audio',
    'message-video',
    'message-document',
    'message-location',
    'message-contact',
    'message-quote',
    'message-receipt',
    'message-edited',
    'day-separator',
  ]) {
    await expect(conversation.getByTestId(testId).first(), testId).toBeAttached();
  }
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => backgroundLuminance(page)).toBeLessThan(0.2);
  expect(await seriousViolations(page)).toEqual([]);
  expect(csp).toEqual([]);
});
