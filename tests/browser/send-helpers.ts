import type { JSHandle, Locator, Page } from '@playwright/test';
import { LOGINS, expect, logIn, type Stand } from './fixtures.ts';
import { apiCall, apiToken } from './helpers.ts';

/** What the sending tests read back from the stand-in. */
export interface ApiMessage {
  id: string;
  body: string;
  fromMe: boolean;
  mediaType: string | null;
  mediaUrl: string | null;
  isDeleted: boolean;
  quotedMsg: { id: string } | null;
}

export async function messagesOf(stand: Stand, ticketId: number): Promise<ApiMessage[]> {
  const token = await apiToken(stand.apiUrl);
  const response = await apiCall(stand.apiUrl, token, 'GET', `/messages/${ticketId}?pageNumber=1`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { messages: ApiMessage[] }).messages;
}

/** Maria Silva's ticket (1): open, the admin's own. */
export async function openMaria(page: Page, stand: Stand): Promise<Locator> {
  await page.goto(`${stand.appUrl}/tickets/1`);
  await logIn(page, LOGINS.company1Admin);
  const conversation = page.getByTestId('conversation');
  await expect(conversation.getByTestId('conversation-contact-name')).toHaveText('Maria Silva');
  return conversation;
}

/** A DataTransfer in the page holding real files, for drop and paste events. */
export function filesInPage(
  page: Page,
  files: Array<{ name: string; type: string; bytes: Buffer }>,
): Promise<JSHandle> {
  return page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const file of list) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name, { type: file.type }));
      }
      return transfer;
    },
    files.map((file) => ({ name: file.name, type: file.type, base64: file.bytes.toString('base64') })),
  );
}

/** The multipart parts of a request body: each part's field name and, for files, its file name. */
export function multipartParts(body: Buffer): Array<{ name: string; filename?: string; value?: string }> {
  const text = body.toString('latin1');
  const boundary = text.slice(0, text.indexOf('\r\n'));
  return text
    .split(boundary)
    .slice(1, -1)
    .map((part) => {
      const [head = '', ...rest] = part.split('\r\n\r\n');
      const name = /name="([^"]*)"/.exec(head)?.[1] ?? '';
      const filename = /filename="([^"]*)"/.exec(head)?.[1];
      const value = Buffer.from(rest.join('\r\n\r\n').replace(/\r\n$/, ''), 'latin1').toString('utf8');
      return filename === undefined ? { name, value } : { name, filename };
    });
}
