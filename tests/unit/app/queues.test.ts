import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../common/color-contrast.ts';
import { listQueues, type Queue } from '../../../src/features/queues/api/queues.ts';
import {
  dayProblem,
  emptyWeek,
  schedulesFromWeek,
  weekFromSchedules,
  WEEKDAYS,
} from '../../../src/features/queues/model/opening-hours.ts';
import {
  chipColors,
  firstFreeColor,
  normalizeColor,
  SUGGESTED_COLORS,
} from '../../../src/features/queues/model/queue-color.ts';
import {
  emptyQueueForm,
  queueFormFrom,
  serverFieldError,
  toQueueInput,
  validateQueueForm,
} from '../../../src/features/queues/model/queue-form.ts';
import { removeQueue, upsertQueue } from '../../../src/features/queues/model/queue-list.ts';
import type { ApiClient } from '../../../src/lib/api-client.ts';
import { describeApiFailure, toApiFailure } from '../../../src/lib/api-errors.ts';

const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig;
const httpError = (status: number, data: unknown) =>
  new AxiosError('failed', 'ERR_BAD_REQUEST', config, {}, { status, data, statusText: '', headers: {}, config });

const queue = (id: number, orderQueue: number | null, extra: Partial<Queue> = {}): Queue => ({
  id,
  name: `Fila ${id}`,
  color: '#123456',
  greetingMessage: '',
  outOfHoursMessage: '',
  schedules: [],
  orderQueue,
  ...extra,
});

describe('the cached list', () => {
  it("adds or replaces a queue in the backend's order (orderQueue, queues without one last)", () => {
    const list = [queue(1, 1), queue(2, 2), queue(3, null)];
    expect(upsertQueue(list, queue(4, 0)).map((q) => q.id)).toEqual([4, 1, 2, 3]);
    expect(upsertQueue(list, queue(5, null)).map((q) => q.id)).toEqual([1, 2, 3, 5]);
    const renamed = upsertQueue(list, queue(1, 3, { name: 'Renomeada' }));
    expect(renamed.map((q) => q.id)).toEqual([2, 1, 3]);
    expect(renamed.find((q) => q.id === 1)?.name).toBe('Renomeada');
    expect(list.map((q) => q.id)).toEqual([1, 2, 3]);
  });

  it('removes a queue, and leaves the list alone for an unknown id', () => {
    const list = [queue(1, 1), queue(2, 2)];
    expect(removeQueue(list, 1).map((q) => q.id)).toEqual([2]);
    expect(removeQueue(list, 9)).toEqual(list);
  });
});

describe('queue colours', () => {
  it('reads #RGB and #RRGGBB, and nothing CSS cannot paint', () => {
    expect(normalizeColor('#0F0')).toBe('#00ff00');
    expect(normalizeColor(' #2E7D32 ')).toBe('#2e7d32');
    // The backend accepts `^#[0-9a-f]{3,6}$`: four or five digits pass there, not in CSS.
    expect(normalizeColor('#abcd')).toBeUndefined();
    expect(normalizeColor('blue')).toBeUndefined();
    expect(normalizeColor(null)).toBeUndefined();
  });

  it('paints chips with the text colour that reaches 4.5:1', () => {
    for (const color of ['#0000ff', '#ffff00', '#777777', '#2e7d32', '#f9a825', '#fff', '#000']) {
      const colors = chipColors(color);
      expect(colors, color).toBeDefined();
      expect(contrastRatio(colors!.background, colors!.text), color).toBeGreaterThanOrEqual(4.5);
      expect(colors!.contrast).toBeCloseTo(contrastRatio(colors!.background, colors!.text));
    }
    expect(chipColors('#0000ff')).toMatchObject({ background: '#0000ff', text: '#ffffff' });
    expect(chipColors('#ffff00')).toMatchObject({ background: '#ffff00', text: '#000000' });
    expect(chipColors('#abcd')).toBeUndefined();
  });

  it('offers a new queue a colour no other queue has', () => {
    expect(firstFreeColor([])).toBe(SUGGESTED_COLORS[0]);
    expect(firstFreeColor([SUGGESTED_COLORS[0].toUpperCase(), null])).toBe(SUGGESTED_COLORS[1]);
    expect(firstFreeColor(SUGGESTED_COLORS)).toBe(SUGGESTED_COLORS[0]);
  });
});

describe('opening hours', () => {
  const atendechatDefaults = [
    { weekday: 'Segunda-feira', weekdayEn: 'monday', startTime: '08:00', endTime: '18:00' },
    { weekday: 'Sábado', weekdayEn: 'saturday', startTime: '08:00', endTime: '12:00' },
    { weekday: 'Domingo', weekdayEn: 'sunday', startTime: '00:00', endTime: '00:00' },
    { weekday: 'Terça-feira', weekdayEn: 'tuesday', startTime: '', endTime: '' },
  ];

  it("reads Atendechat's schedules: times, 00:00–00:00 as closed, empty times or no entry as no hours", () => {
    const week = weekFromSchedules(atendechatDefaults);
    expect(week.monday).toEqual({ mode: 'hours', start: '08:00', end: '18:00' });
    expect(week.saturday).toEqual({ mode: 'hours', start: '08:00', end: '12:00' });
    expect(week.sunday.mode).toBe('closed');
    expect(week.tuesday.mode).toBe('none');
    expect(week.wednesday.mode).toBe('none');
    expect(weekFromSchedules(null)).toEqual(emptyWeek());
    // Like the backend's `schedules.find`, the first complete entry of a weekday counts.
    expect(
      weekFromSchedules([
        { weekdayEn: 'friday', startTime: '', endTime: '' },
        { weekdayEn: 'Friday', startTime: '10:00', endTime: '11:00' },
        { weekdayEn: 'friday', startTime: '12:00', endTime: '13:00' },
      ]).friday,
    ).toEqual({ mode: 'hours', start: '10:00', end: '11:00' });
  });

  it("writes seven entries in Atendechat's shape, and reads back what it wrote", () => {
    const week = weekFromSchedules(atendechatDefaults);
    const schedules = schedulesFromWeek(week);
    expect(schedules.map((s) => s.weekdayEn)).toEqual([...WEEKDAYS]);
    expect(schedules[0]).toEqual({
      weekday: 'Segunda-feira',
      weekdayEn: 'monday',
      startTime: '08:00',
      endTime: '18:00',
    });
    expect(schedules[1]).toEqual({ weekday: 'Terça-feira', weekdayEn: 'tuesday', startTime: '', endTime: '' });
    expect(schedules[6]).toEqual({ weekday: 'Domingo', weekdayEn: 'sunday', startTime: '00:00', endTime: '00:00' });
    expect(weekFromSchedules(schedules)).toEqual(week);
  });

  it('needs both times, as HH:mm, the end after the start', () => {
    expect(dayProblem({ mode: 'none', start: '', end: '' })).toBeUndefined();
    expect(dayProblem({ mode: 'closed', start: '', end: '' })).toBeUndefined();
    expect(dayProblem({ mode: 'hours', start: '08:00', end: '' })).toBe('timeRequired');
    expect(dayProblem({ mode: 'hours', start: '8h', end: '18:00' })).toBe('timeInvalid');
    expect(dayProblem({ mode: 'hours', start: '18:00', end: '08:00' })).toBe('endBeforeStart');
    expect(dayProblem({ mode: 'hours', start: '08:00', end: '08:00' })).toBe('endBeforeStart');
    expect(dayProblem({ mode: 'hours', start: '08:00', end: '18:00' })).toBeUndefined();
  });
});

describe('the queue form', () => {
  it("checks the backend's rules before sending", () => {
    expect(validateQueueForm(emptyQueueForm(''))).toEqual({
      fields: { name: { key: 'nameRequired' }, color: { key: 'colorRequired' } },
      days: {},
    });
    const values = { ...emptyQueueForm('#abcd'), name: ' X ', orderQueue: '1,5' };
    values.week = { ...values.week, monday: { mode: 'hours', start: '18:00', end: '08:00' } };
    expect(validateQueueForm(values)).toEqual({
      fields: {
        name: { key: 'nameTooShort', values: { min: 2 } },
        color: { key: 'colorInvalid' },
        orderQueue: { key: 'orderInvalid' },
      },
      days: { monday: 'endBeforeStart' },
    });
    expect(validateQueueForm({ ...emptyQueueForm('#0F0'), name: 'Suporte', orderQueue: ' 2 ' })).toEqual({
      fields: {},
      days: {},
    });
  });

  it('sends what QueueController reads: trimmed name, #rrggbb, orderQueue as a number or null, 7 schedules', () => {
    const input = toQueueInput({ ...emptyQueueForm('#0F0'), name: ' Suporte ', greetingMessage: 'Olá!' });
    expect(input).toMatchObject({ name: 'Suporte', color: '#00ff00', greetingMessage: 'Olá!', orderQueue: null });
    expect(input.schedules).toHaveLength(7);
    expect(toQueueInput({ ...emptyQueueForm('#00ff00'), name: 'A1', orderQueue: '3' }).orderQueue).toBe(3);
  });

  it('starts editing from the queue, keeping a colour the form would not accept so the backend judges it', () => {
    const values = queueFormFrom(
      queue(7, null, {
        color: '#abcd',
        greetingMessage: null,
        schedules: [{ weekdayEn: 'monday', startTime: '09:00', endTime: '17:00' }],
      }),
    );
    expect(values).toMatchObject({ name: 'Fila 7', color: '#abcd', orderQueue: '', greetingMessage: '' });
    expect(values.week.monday).toEqual({ mode: 'hours', start: '09:00', end: '17:00' });
  });

  it("puts the backend's refusals on the name or colour field", () => {
    expect(serverFieldError(httpError(400, { error: 'ERR_QUEUE_NAME_ALREADY_EXISTS' }))).toEqual({
      field: 'name',
      message: { key: 'nameTaken' },
    });
    expect(serverFieldError(httpError(400, { error: 'ERR_QUEUE_INVALID_NAME' }))).toEqual({
      field: 'name',
      message: { key: 'nameTooShort', values: { min: 2 } },
    });
    expect(serverFieldError(httpError(400, { error: 'ERR_QUEUE_COLOR_ALREADY_EXISTS' }))).toEqual({
      field: 'color',
      message: { key: 'colorTaken' },
    });
    expect(serverFieldError(httpError(400, { error: 'ERR_QUEUE_INVALID_COLOR' }))?.field).toBe('color');
    expect(serverFieldError(httpError(400, { error: 'Número máximo de filas já alcançado: 10' }))).toBeUndefined();
    expect(serverFieldError(httpError(500, { error: 'ERR_INTERNAL_SERVER_ERROR' }))).toBeUndefined();
  });

  it("translates the plan's queue limit with its number", () => {
    const failure = toApiFailure(httpError(400, { error: 'Número máximo de filas já alcançado: 10' }));
    expect(describeApiFailure(failure, () => true)).toEqual({
      key: 'errors.queueLimitReached',
      values: { max: '10' },
    });
  });
});

describe('GET /queue', () => {
  const apiAnswering = (data: unknown) => ({ get: async () => ({ data }) }) as unknown as ApiClient;

  it('reads the recorded answer, and a null or unreadable schedules as no hours', async () => {
    const recorded = {
      outOfHoursMessage: '',
      id: 1,
      name: 'Suporte',
      color: '#0000ff',
      greetingMessage: 'Olá',
      companyId: 1,
      schedules: [],
      orderQueue: 1,
      integrationId: null,
      promptId: null,
      updatedAt: '2026-11-28T15:46:40.296Z',
      createdAt: '2026-11-28T15:46:40.296Z',
    };
    const [q, withNull, withJunk] = await listQueues(
      apiAnswering([recorded, { ...recorded, id: 2, schedules: null }, { ...recorded, id: 3, schedules: 'x' }]),
    );
    expect(q).toMatchObject({ id: 1, name: 'Suporte', color: '#0000ff', schedules: [], orderQueue: 1 });
    expect(withNull?.schedules).toEqual([]);
    expect(withJunk?.schedules).toEqual([]);
  });

  it('refuses an answer that is not a list of queues', async () => {
    await expect(listQueues(apiAnswering({ queues: [] }))).rejects.toThrow('Unexpected answer to GET /queue');
  });
});
