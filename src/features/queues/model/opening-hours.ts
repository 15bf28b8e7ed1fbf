import type { QueueInput, QueueSchedule } from '../api/queues.ts';

/**
 * A queue's opening hours, one entry a weekday, as Atendechat keeps them in `Queue.schedules` and reads them
 * in wbotMessageListener: for today's `weekdayEn`, an entry with both times set makes every message before
 * `startTime` or after `endTime` get the out-of-hours message; no entry (or an empty time) means no limit
 * that day; `00:00`–`00:00` closes the whole day (Atendechat's form uses it for Sunday). They apply when the
 * company's "scheduleType" setting is "queue".
 */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The Portuguese names Atendechat's own frontend stores in `weekday` (and shows): kept for it. */
const ATENDECHAT_WEEKDAY: Record<Weekday, string> = {
  monday: 'Segunda-feira',
  tuesday: 'Terça-feira',
  wednesday: 'Quarta-feira',
  thursday: 'Quinta-feira',
  friday: 'Sexta-feira',
  saturday: 'Sábado',
  sunday: 'Domingo',
};

/** `none`: no hours that day (open whenever); `hours`: from `start` to `end`; `closed`: all day. */
export type DayMode = 'none' | 'hours' | 'closed';

export interface DayHours {
  mode: DayMode;
  /** `HH:mm`; kept while another mode is chosen, so switching back restores them. */
  start: string;
  end: string;
}

export type WeekHours = Record<Weekday, DayHours>;

const CLOSED_TIME = '00:00';
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DEFAULT_DAY: DayHours = { mode: 'none', start: '08:00', end: '18:00' };

export function emptyWeek(): WeekHours {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, { ...DEFAULT_DAY }])) as WeekHours;
}

function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'string' && (WEEKDAYS as readonly string[]).includes(value);
}

/** The week as the backend's `schedules` describe it (the first entry of a weekday counts, as there). */
export function weekFromSchedules(schedules: readonly QueueSchedule[] | null | undefined): WeekHours {
  const week = emptyWeek();
  const seen = new Set<Weekday>();
  for (const entry of schedules ?? []) {
    const day = entry.weekdayEn?.trim().toLowerCase();
    if (!isWeekday(day) || seen.has(day)) continue;
    const start = entry.startTime ?? '';
    const end = entry.endTime ?? '';
    // Atendechat's listener skips entries with an empty time and keeps looking: a later complete one counts.
    if (start === '' || end === '') continue;
    seen.add(day);
    if (start === CLOSED_TIME && end === CLOSED_TIME)
      week[day] = { mode: 'closed', start: DEFAULT_DAY.start, end: DEFAULT_DAY.end };
    else week[day] = { mode: 'hours', start, end };
  }
  return week;
}

/** The seven entries to send, in Atendechat's shape; a day without hours is sent with empty times. */
export function schedulesFromWeek(week: WeekHours): QueueInput['schedules'] {
  return WEEKDAYS.map((day) => {
    const { mode, start, end } = week[day];
    const times =
      mode === 'hours'
        ? { startTime: start, endTime: end }
        : mode === 'closed'
          ? { startTime: CLOSED_TIME, endTime: CLOSED_TIME }
          : { startTime: '', endTime: '' };
    return { weekday: ATENDECHAT_WEEKDAY[day], weekdayEn: day, ...times };
  });
}

export type DayProblem = 'timeRequired' | 'timeInvalid' | 'endBeforeStart';

/**
 * What is wrong with a day's hours, if anything. The backend checks nothing (it stores the JSON as sent),
 * but its listener compares the times with moment("HH:mm"): both are needed, and the end must come after
 * the start or the whole day counts as out of hours.
 */
export function dayProblem(day: DayHours): DayProblem | undefined {
  if (day.mode !== 'hours') return undefined;
  if (day.start === '' || day.end === '') return 'timeRequired';
  if (!TIME.test(day.start) || !TIME.test(day.end)) return 'timeInvalid';
  if (day.end <= day.start) return 'endBeforeStart';
  return undefined;
}

/** Whether any day has hours or is closed (the list says "no hours" otherwise). */
export function hasHours(week: WeekHours): boolean {
  return WEEKDAYS.some((day) => week[day].mode !== 'none');
}
