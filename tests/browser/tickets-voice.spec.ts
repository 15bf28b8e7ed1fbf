import { chromiumLaunchOptions } from './chromium.ts';
import { expect, test } from './fixtures.ts';
import { seriousViolations } from './helpers.ts';
import { messagesOf, openMaria } from './send-helpers.ts';

// Chromium's fake microphone (a beep) with the permission granted: a separate browser, so a file of its own.
test.use({
  launchOptions: {
    ...chromiumLaunchOptions(),
    args: [
      ...(chromiumLaunchOptions().args ?? []),
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  },
});

test('voice note: click to start, a timer, cancel; then record and send as audio named for ptt', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'default' });
  await page.addInitScript(() => {
    const sent: string[] = [];
    (window as unknown as { sentMedias: string[] }).sentMedias = sent;
    const append = FormData.prototype.append;
    FormData.prototype.append = function (this: FormData, ...args: [string, string | Blob, string?]) {
      const [name, value, filename] = args;
      if (name === 'medias' && value instanceof Blob) sent.push(`${filename ?? ''} ${value.type}`);
      return Reflect.apply(append, this, args) as void;
    };
  });
  const conversation = await openMaria(page, stand);
  const before = (await messagesOf(stand, 1)).length;

  // Cancel: nothing is sent.
  await conversation.getByTestId('composer-record').click();
  await expect(conversation.getByTestId('composer-recording')).toBeVisible();
  await expect(conversation.getByTestId('composer-record-timer')).toHaveText('0:01', { timeout: 5000 });
  expect(await seriousViolations(page)).toEqual([]);
  await conversation.getByTestId('composer-record-cancel').click();
  await expect(conversation.getByTestId('composer-recording')).toHaveCount(0);

  await conversation.getByTestId('composer-record').click();
  await expect(conversation.getByTestId('composer-record-timer')).toHaveText('0:01', { timeout: 5000 });
  await conversation.getByTestId('composer-record-send').click();
  await expect.poll(async () => (await messagesOf(stand, 1)).length).toBe(before + 1);
  const note = (await messagesOf(stand, 1)).at(-1)!;
  expect(note).toMatchObject({ mediaType: 'audio', fromMe: true, body: 'Áudio' });
  // A recorded Blob's bytes are not visible to Playwright's request: the page's own FormData says what it sent.
  const sent = await page.evaluate(() => (window as unknown as { sentMedias: string[] }).sentMedias);
  expect(sent).toEqual([expect.stringMatching(/^audio-record-site-\d+\.(webm|ogg) audio\/(webm|ogg)$/)]);
  const audio = Buffer.from(await (await fetch(note.mediaUrl!)).arrayBuffer());
  // WebM (EBML) or Ogg, with Opus inside.
  expect(audio.subarray(0, 4).toString('hex')).toMatch(/^(1a45dfa3|4f676753)$/);
  expect(audio.length).toBeGreaterThan(1000);
  await expect(conversation.getByTestId('composer-attachments')).toHaveCount(0);

  // Hold to record, let go to send.
  const button = conversation.getByTestId('composer-record');
  const box = (await button.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect(conversation.getByTestId('composer-record-timer')).toHaveText('0:01', { timeout: 5000 });
  await page.mouse.up();
  await expect.poll(async () => (await messagesOf(stand, 1)).length).toBe(before + 2);
  await expect(conversation.getByTestId('composer-recording')).toHaveCount(0);
});
