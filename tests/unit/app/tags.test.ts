import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../common/color-contrast.ts';
import { listTagPage, updateTag } from '../../../src/features/tags/api/tags.ts';
import { normalizeTagColor, tagChipColors } from '../../../src/features/tags/model/tag-color.ts';
import {
  DEFAULT_TAG_COLOR,
  emptyTagForm,
  serverFieldError,
  tagFormFrom,
  toTagInput,
  validateTagForm,
} from '../../../src/features/tags/model/tag-form.ts';
import type { ApiClient } from '../../../src/lib/api-client.ts';

const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig;
const httpError = (status: number, data: unknown) =>
  new AxiosError('failed', 'ERR_BAD_REQUEST', config, {}, { status, data, statusText: '', headers: {}, config });

describe('tag colours', () => {
  it('accepts #RRGGBB and #RGB only, as lower-case #rrggbb', () => {
    expect(normalizeTagColor('#A4CCCC')).toBe('#a4cccc');
    expect(normalizeTagColor(' #abc ')).toBe('#aabbcc');
    for (const bad of ['', null, undefined, 'red', '#12345', '#1234567', 'url(x)', '#ggg', 'expression(alert(1))']) {
      expect(normalizeTagColor(bad), String(bad)).toBeUndefined();
    }
  });

  it('paints the chip in its colour with the text that reaches 4.5:1 on it', () => {
    for (const color of ['#F9A825', '#C62828', '#2E7D32', '#1565C0', '#A4CCCC', '#777777', '#000000', '#ffffff']) {
      const colors = tagChipColors(color);
      expect(colors?.background).toBe(color.toLowerCase());
      expect(contrastRatio(colors!.background, colors!.text)).toBeGreaterThanOrEqual(4.5);
      expect(colors!.ratio).toBeCloseTo(contrastRatio(colors!.background, colors!.text));
    }
    expect(tagChipColors('#F9A825')?.text).toBe('#000000');
    expect(tagChipColors('#1565C0')?.text).toBe('#ffffff');
    expect(tagChipColors('')).toBeUndefined();
  });
});

describe('the tag form', () => {
  it('asks for a name of 3 characters or more (trimmed) and a hex colour', () => {
    expect(validateTagForm({ name: '', color: '' })).toEqual({
      name: { key: 'nameRequired' },
      color: { key: 'colorInvalid' },
    });
    expect(validateTagForm({ name: ' ab ', color: '#fff' })).toEqual({
      name: { key: 'nameTooShort', values: { min: 3 } },
    });
    expect(validateTagForm({ name: 'VIP', color: '#F9A825' })).toEqual({});
  });

  it('starts from the backend default colour, and from a tag as stored (an unusable colour left empty)', () => {
    expect(emptyTagForm()).toEqual({ name: '', color: DEFAULT_TAG_COLOR });
    expect(tagFormFrom({ name: 'VIP', color: '#F9A825' })).toEqual({ name: 'VIP', color: '#F9A825' });
    expect(tagFormFrom({ name: 'Old', color: 'red' })).toEqual({ name: 'Old', color: '' });
    expect(tagFormFrom({ name: 'Old', color: null })).toEqual({ name: 'Old', color: '' });
  });

  it('sends the trimmed name and the colour as #RRGGBB', () => {
    expect(toTagInput({ name: '  Retorno ', color: '#abc' })).toEqual({ name: 'Retorno', color: '#AABBCC' });
  });

  it("puts the backend's Yup refusals on the name", () => {
    expect(serverFieldError(httpError(400, { error: 'name must be at least 3 characters' }))).toEqual({
      field: 'name',
      message: { key: 'nameTooShort', values: { min: 3 } },
    });
    expect(serverFieldError(httpError(400, { error: 'name is a required field' }))).toEqual({
      field: 'name',
      message: { key: 'nameRequired' },
    });
    expect(serverFieldError(httpError(403, { error: 'ERR_NO_PERMISSION' }))).toBeUndefined();
    expect(serverFieldError(httpError(404, { error: 'ERR_NO_TAG_FOUND' }))).toBeUndefined();
  });
});

describe('the tags API', () => {
  it("reads GET /tags' ticketsCount (a string from Postgres) as a number and ignores its count", async () => {
    const api = {
      get: async () => ({
        data: {
          tags: [
            { id: 1, name: 'VIP', color: '#F9A825', ticketsCount: '3' },
            { id: 2, name: 'Sem cor', color: null, ticketsCount: 0 },
          ],
          count: [{ id: 1, count: 3 }],
          hasMore: false,
        },
      }),
    } as unknown as ApiClient;
    expect(await listTagPage(api, '')).toEqual({
      hasMore: false,
      tags: [
        { id: 1, name: 'VIP', color: '#F9A825', ticketsCount: 3 },
        { id: 2, name: 'Sem cor', color: null, ticketsCount: 0 },
      ],
    });
  });

  it('an edit sends name and colour with the kanban value the tag has', async () => {
    const calls: unknown[] = [];
    const api = {
      get: async (url: string) => {
        calls.push(['GET', url]);
        return { data: { id: 4, name: 'Em negociação', color: '#1565C0', kanban: 1 } };
      },
      put: async (url: string, body: unknown) => {
        calls.push(['PUT', url, body]);
        return { data: { id: 4, name: 'Negociando', color: '#1565C0', kanban: 1 } };
      },
    } as unknown as ApiClient;
    await updateTag(api, 4, { name: 'Negociando', color: '#1565C0' });
    expect(calls).toEqual([
      ['GET', '/tags/4'],
      ['PUT', '/tags/4', { name: 'Negociando', color: '#1565C0', kanban: 1 }],
    ]);
  });
});
