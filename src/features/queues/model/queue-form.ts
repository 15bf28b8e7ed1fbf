import { backendFieldError, type FieldProblem } from '../../../lib/api-field-errors.ts';
import type { Queue, QueueInput } from '../api/queues.ts';
import { FORM_COLOR, normalizeColor } from './queue-color.ts';
import {
  dayProblem,
  emptyWeek,
  schedulesFromWeek,
  weekFromSchedules,
  WEEKDAYS,
  type DayProblem,
  type Weekday,
  type WeekHours,
} from './opening-hours.ts';

export type QueueField = 'name' | 'color' | 'orderQueue' | 'greetingMessage' | 'outOfHoursMessage';

export type ValidationKey =
  'nameRequired' | 'nameTooShort' | 'nameTaken' | 'colorRequired' | 'colorInvalid' | 'colorTaken' | 'orderInvalid';

/** A message in the `queues` namespace (`validation.*`), or `backend`: show the backend's error as usual. */
export type FieldMessage = { key: ValidationKey; values?: Record<string, number> } | { backend: true };

export interface QueueFormErrors {
  fields: Partial<Record<QueueField, FieldMessage>>;
  days: Partial<Record<Weekday, DayProblem>>;
}

export interface QueueFormValues {
  name: string;
  color: string;
  /** Digits, or empty for no order. */
  orderQueue: string;
  greetingMessage: string;
  outOfHoursMessage: string;
  week: WeekHours;
}

/** CreateQueueService's rule: `Yup.string().min(2)`. */
export const NAME_MIN = 2;
const ORDER = /^\d{1,9}$/;

export function emptyQueueForm(color: string): QueueFormValues {
  return { name: '', color, orderQueue: '', greetingMessage: '', outOfHoursMessage: '', week: emptyWeek() };
}

export function queueFormFrom(queue: Queue): QueueFormValues {
  return {
    name: queue.name,
    color: queue.color ?? '',
    orderQueue: queue.orderQueue === null || queue.orderQueue === undefined ? '' : String(queue.orderQueue),
    greetingMessage: queue.greetingMessage ?? '',
    outOfHoursMessage: queue.outOfHoursMessage ?? '',
    week: weekFromSchedules(queue.schedules),
  };
}

export function hasErrors(errors: QueueFormErrors): boolean {
  return Object.keys(errors.fields).length > 0 || Object.keys(errors.days).length > 0;
}

/** Checks the form as the backend would (name ≥ 2, a colour), plus what its listener needs of the hours. */
export function validateQueueForm(values: QueueFormValues): QueueFormErrors {
  const fields: QueueFormErrors['fields'] = {};
  const name = values.name.trim();
  const color = values.color.trim();
  if (name === '') fields.name = { key: 'nameRequired' };
  else if (name.length < NAME_MIN) fields.name = { key: 'nameTooShort', values: { min: NAME_MIN } };
  if (color === '') fields.color = { key: 'colorRequired' };
  else if (!FORM_COLOR.test(color)) fields.color = { key: 'colorInvalid' };
  if (values.orderQueue.trim() !== '' && !ORDER.test(values.orderQueue.trim()))
    fields.orderQueue = { key: 'orderInvalid' };
  const days: QueueFormErrors['days'] = {};
  for (const day of WEEKDAYS) {
    const problem = dayProblem(values.week[day]);
    if (problem) days[day] = problem;
  }
  return { fields, days };
}

export function toQueueInput(values: QueueFormValues): QueueInput {
  const order = values.orderQueue.trim();
  return {
    name: values.name.trim(),
    color: normalizeColor(values.color) ?? values.color.trim(),
    greetingMessage: values.greetingMessage,
    outOfHoursMessage: values.outOfHoursMessage,
    schedules: schedulesFromWeek(values.week),
    orderQueue: order === '' ? null : Number(order),
  };
}

const QUEUE_FIELDS: readonly QueueField[] = ['name', 'color'];

const MESSAGES: Partial<Record<`${QueueField}.${FieldProblem}`, FieldMessage>> = {
  'name.invalid': { key: 'nameTooShort', values: { min: NAME_MIN } },
  'name.taken': { key: 'nameTaken' },
  'color.invalid': { key: 'colorInvalid' },
  'color.taken': { key: 'colorTaken' },
};

/** The field a failed save is about, when the backend's answer names one; otherwise undefined. */
export function serverFieldError(error: unknown): { field: QueueField; message: FieldMessage } | undefined {
  const found = backendFieldError(error, QUEUE_FIELDS);
  if (!found) return undefined;
  return { field: found.field, message: MESSAGES[`${found.field}.${found.problem}`] ?? { backend: true } };
}
