import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { seriousViolations, watchCsp } from './helpers.ts';
import { filesInPage, messagesOf, multipartParts, openMaria } from './send-helpers.ts';

const MEDIA = join(import.meta.dirname, 'assets', 'media');
const PNG = readFileSync(join(MEDIA, 'send-photo.png'));
const PDF = readFileSync(join(MEDIA, 'send-document.pdf'));

test('files by button, drop and paste: previews with captions, ONE multipart POST, progress; axe clean with previews open', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const csp = watchCsp(page);
  const conversation = await openMaria(page, stand);
  const before = (await messagesOf(stand, 1)).length;

  // The button: a PNG and a PDF, each shown with its caption field.
  await conversation.getByTestId('composer-file-input').setInputFiles([
    { name: 'foto.png', mimeType: 'image/png', buffer: PNG },
    { name: 'contrato.pdf', mimeType: 'application/pdf', buffer: PDF },
  ]);
  const previews = conversation.getByTestId('composer-attachment');
  await expect(previews).toHaveCount(2);
  await expect(previews.nth(0).getByTestId('composer-attachment-image')).toBeVisible();
  expect(
    await previews
      .nth(0)
      .getByTestId('composer-attachment-image')
      .evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBe(64);
  await expect(previews.getByTestId('composer-attachment-name')).toHaveText(['foto.png', 'contrato.pdf']);
  await previews.nth(0).getByTestId('composer-attachment-caption').fill('Segue a foto');
  expect(await seriousViolations(page)).toEqual([]);

  const posts: Buffer[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url() === `${stand.apiUrl}/messages/1`)
      posts.push(request.postDataBuffer() ?? Buffer.alloc(0));
  });
  // The upload is held for a moment so its progress shows.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`${stand.apiUrl}/messages/1`, async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    await held;
    return route.fallback();
  });
  await conversation.getByTestId('composer-attachments-send').click();
  await expect(conversation.getByTestId('composer-upload-progress')).toBeVisible();
  release();
  await expect(conversation.getByTestId('composer-attachments')).toHaveCount(0);
  await page.unroute(`${stand.apiUrl}/messages/1`);
  expect(posts).toHaveLength(1);
  expect(multipartParts(posts[0]!)).toEqual([
    { name: 'fromMe', value: 'true' },
    { name: 'medias', filename: 'foto.png' },
    { name: 'body', value: 'Segue a foto' },
    { name: 'medias', filename: 'contrato.pdf' },
    { name: 'body', value: '' },
  ]);
  await expect.poll(async () => (await messagesOf(stand, 1)).length).toBe(before + 2);
  const [photo, pdf] = (await messagesOf(stand, 1)).slice(-2);
  expect(photo).toMatchObject({ body: 'Segue a foto', mediaType: 'image', fromMe: true });
  expect(pdf).toMatchObject({ mediaType: 'application', fromMe: true });
  expect(Buffer.from(await (await fetch(pdf!.mediaUrl!)).arrayBuffer()).equals(PDF)).toBe(true);
  await expect(conversation.getByTestId(`message-${pdf!.id}`)).toBeVisible();

  // A drop on the conversation: the hint while dragging, then the preview.
  const drop = await filesInPage(page, [{ name: 'arrastado.pdf', type: 'application/pdf', bytes: PDF }]);
  const zone = conversation.getByTestId('conversation-drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer: drop });
  await expect(conversation.getByTestId('conversation-drop-hint')).toBeVisible();
  await zone.dispatchEvent('drop', { dataTransfer: drop });
  await expect(conversation.getByTestId('conversation-drop-hint')).toHaveCount(0);
  await expect(previews.getByTestId('composer-attachment-name')).toHaveText(['arrastado.pdf']);
  // Enter in a caption sends.
  await previews.getByTestId('composer-attachment-caption').fill('Contrato assinado');
  await previews.getByTestId('composer-attachment-caption').press('Enter');
  await expect(conversation.getByTestId('composer-attachments')).toHaveCount(0);
  await expect.poll(async () => (await messagesOf(stand, 1)).at(-1)?.body).toBe('Contrato assinado');

  // A pasted screenshot (`image.png` from the clipboard) gets a dated name.
  const paste = await filesInPage(page, [{ name: 'image.png', type: 'image/png', bytes: PNG }]);
  await conversation
    .getByTestId('composer-input')
    .evaluate(
      (input, transfer) =>
        input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer as DataTransfer, bubbles: true })),
      paste,
    );
  await expect(previews.getByTestId('composer-attachment-name')).toHaveText([/^pasted-\d{8}-\d{6}\.png$/]);
  await expect(previews.getByTestId('composer-attachment-image')).toBeVisible();
  // Removing the only file goes back to the text box; nothing was sent.
  await previews.getByTestId('composer-attachment-remove').click();
  await expect(conversation.getByTestId('composer-input')).toBeVisible();
  expect((await messagesOf(stand, 1)).length).toBe(before + 3);
  expect(csp).toEqual([]);
});

test('files over the limit are refused with the reason before uploading; a failed upload keeps files and captions for a retry', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'default' });
  expect(stand.config.maxUploadMb).toBe(16);
  const conversation = await openMaria(page, stand);
  let posts = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url() === `${stand.apiUrl}/messages/1`) posts += 1;
  });

  await conversation.getByTestId('composer-file-input').setInputFiles([
    { name: 'video-grande.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(16 * 1024 * 1024 + 1) },
    { name: 'foto.png', mimeType: 'image/png', buffer: PNG },
  ]);
  await expect(conversation.getByTestId('composer-refused')).toContainText('video-grande.mp4');
  await expect(conversation.getByTestId('composer-refused')).toContainText('passa do limite de 16 MB');
  await expect(conversation.getByTestId('composer-attachment-name')).toHaveText(['foto.png']);
  expect(posts).toBe(0);

  // The backend is unreachable: the file and its caption stay, with the reason and a retry.
  await page.route(`${stand.apiUrl}/messages/1`, (route) =>
    route.request().method() === 'POST' ? route.abort('connectionrefused') : route.fallback(),
  );
  await conversation.getByTestId('composer-attachment-caption').fill('Legenda mantida');
  await conversation.getByTestId('composer-attachments-send').click();
  await expect(conversation.getByTestId('composer-upload-error')).toBeVisible();
  await expect(conversation.getByTestId('composer-attachment-name')).toHaveText(['foto.png']);
  await expect(conversation.getByTestId('composer-attachment-caption')).toHaveValue('Legenda mantida');
  expect(await seriousViolations(page)).toEqual([]);
  await page.unroute(`${stand.apiUrl}/messages/1`);
  await conversation.getByTestId('composer-attachments-send').click();
  await expect(conversation.getByTestId('composer-attachments')).toHaveCount(0);
  await expect
    .poll(async () => (await messagesOf(stand, 1)).at(-1))
    .toMatchObject({
      body: 'Legenda mantida',
      mediaType: 'image',
    });
});

test('reply, delete own, Enter and Shift+Enter, the draft kept across navigation and reload, emoji loaded when opened', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente2' });
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const conversation = await openMaria(page, stand);
  const input = conversation.getByTestId('composer-input');

  // Shift+Enter is a new line, Enter sends.
  await input.fill('Linha 1');
  await input.press('Shift+Enter');
  await input.pressSequentially('Linha 2');
  await expect(input).toHaveValue('Linha 1\nLinha 2');
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await expect.poll(async () => (await messagesOf(stand, 1)).at(-1)?.body).toBe('Linha 1\nLinha 2');

  // Reply to the customer's message: the quote shows above the box and goes with the send.
  const customer = (await messagesOf(stand, 1)).filter((message) => !message.fromMe).at(-1)!;
  const bubble = conversation.getByTestId(`message-${customer.id}`);
  await bubble.hover();
  await bubble.getByTestId('message-actions').click();
  await expect(page.getByTestId('message-action-delete')).toHaveCount(0); // not the agent's own
  await page.getByTestId('message-action-reply').click();
  await expect(conversation.getByTestId('composer-reply-body')).toHaveText(customer.body);
  await input.fill('Respondendo à sua pergunta');
  await input.press('Enter');
  await expect(conversation.getByTestId('composer-reply')).toHaveCount(0);
  await expect.poll(async () => (await messagesOf(stand, 1)).at(-1)?.quotedMsg?.id).toBe(customer.id);

  // Delete one of the agent's own messages, confirmed.
  const own = (await messagesOf(stand, 1)).at(-1)!;
  const ownBubble = conversation.getByTestId(`message-${own.id}`);
  await ownBubble.hover();
  await ownBubble.getByTestId('message-actions').click();
  await page.getByTestId('message-action-delete').click();
  await page.getByTestId('message-delete-confirm').click();
  await expect(ownBubble).toContainText('Esta mensagem foi apagada.');
  await expect.poll(async () => (await messagesOf(stand, 1)).find((m) => m.id === own.id)?.isDeleted).toBe(true);

  // The emoji picker is its own chunk, fetched only when opened.
  const beforeEmoji = scripts.length;
  expect(scripts.some((url) => /emoji-picker/.test(url))).toBe(false);
  await input.fill('Obrigado ');
  await conversation.getByTestId('composer-emoji').click();
  await expect(page.getByTestId('emoji-picker')).toBeVisible();
  expect(scripts.slice(beforeEmoji).some((url) => /emoji-picker/.test(url))).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId('emoji-search').fill('joinha');
  await page.getByTestId('emoji-option').first().click();
  await page.keyboard.press('Escape');
  await expect(input).toHaveValue('Obrigado 👍');

  // The draft stays on its ticket: another ticket starts empty, coming back and reloading bring it back.
  await page.getByTestId('ticket-item-6').click();
  await expect(conversation.getByTestId('conversation-contact-name')).toHaveText('Lucas Pereira');
  await expect(input).toHaveValue('');
  await page.getByTestId('ticket-item-1').click();
  await expect(input).toHaveValue('Obrigado 👍');
  await page.reload();
  await expect(conversation.getByTestId('composer-input')).toHaveValue('Obrigado 👍');
  // Sent: the draft is gone.
  await conversation.getByTestId('composer-send').click();
  await expect(input).toHaveValue('');
  await page.reload();
  await expect(conversation.getByTestId('conversation-contact-name')).toHaveText('Maria Silva');
  await expect(conversation.getByTestId('composer-input')).toHaveValue('');
});

test('voice note: without microphone permission the composer says so', async ({ page, launchStand }) => {
  const stand = await launchStand({ brand: 'default' });
  const conversation = await openMaria(page, stand);
  await conversation.getByTestId('composer-record').click();
  const problem = conversation.getByTestId('composer-record-problem');
  await expect(problem).toBeVisible();
  await expect(problem).toHaveAttribute('data-problem', /denied|no-device/);
  await expect(conversation.getByTestId('composer-recording')).toHaveCount(0);
});
