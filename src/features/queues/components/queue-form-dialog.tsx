import { useRef } from 'react';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { ColorField } from '../../../components/color-field.tsx';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useFormState } from '../../../hooks/use-form-state.ts';
import { useSaveQueue, type Queue } from '../api/queues.ts';
import type { DayHours, Weekday } from '../model/opening-hours.ts';
import { chipColors, normalizeColor, textIsWhite } from '../model/queue-color.ts';
import {
  emptyQueueForm,
  hasErrors,
  queueFormFrom,
  serverFieldError,
  toQueueInput,
  validateQueueForm,
  type QueueField,
} from '../model/queue-form.ts';
import { OpeningHoursFields } from './opening-hours-fields.tsx';
import { QueueChip } from './queue-chip.tsx';

interface QueueFormDialogProps {
  /** The queue to edit; undefined to create one. */
  queue: Queue | undefined;
  /** The colour a new queue starts with (one no other queue uses). */
  newColor: string;
  onClose: () => void;
  onSaved: (queue: Queue, created: boolean) => void;
}

const FIELD_ORDER: readonly QueueField[] = ['name', 'color', 'orderQueue', 'greetingMessage', 'outOfHoursMessage'];

/**
 * Create or edit a queue: name, colour (with a preview of its chip and the contrast of its text), order,
 * greeting and out-of-hours messages, and the hours of each weekday. Checked as the backend checks; its
 * refusals land on their field (a name or colour in use) or above the form, and nothing typed is lost.
 * Rendered only while open.
 */
export function QueueFormDialog({ queue, newColor, onClose, onSaved }: QueueFormDialogProps) {
  const { t, i18n } = useTranslation('queues');
  const { errorText } = useErrorText();
  const save = useSaveQueue();
  const creating = queue === undefined;

  const startRefs = useRef<Partial<Record<Weekday, HTMLInputElement | null>>>({});
  const form = useFormState({
    initial: () => (queue ? queueFormFrom(queue) : emptyQueueForm(newColor)),
    validate: validateQueueForm,
    fieldErrors: (errors) => errors.fields,
    hasErrors,
    // No field in error: a weekday's hours are.
    focusOther: (errors) => {
      const day = Object.keys(errors.days)[0] as Weekday | undefined;
      if (day) startRefs.current[day]?.focus();
    },
    fieldOrder: FIELD_ORDER,
    serverFieldError,
    text: ({ key, values }) => t(`validation.${key}`, values ?? {}),
  });
  const { values, change, errorOf, fieldRef, formError } = form;
  const changeDay = (day: Weekday, hours: DayHours) => change('week', { ...values.week, [day]: hours });
  const submit = () =>
    form.submit(async (checked) =>
      onSaved(await save.mutateAsync({ id: queue?.id, input: toQueueInput(checked) }), creating),
    );

  const colors = chipColors(values.color);
  const ratio = colors?.contrast.toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  const colorHelp =
    errorOf('color') ??
    (colors && ratio
      ? t(textIsWhite(colors) ? 'form.previewText.white' : 'form.previewText.black', { ratio })
      : t('form.colorHelp'));

  return (
    <FormDialog
      title={creating ? t('form.createTitle') : t('form.editTitle')}
      onSubmit={() => void submit()}
      onClose={onClose}
      saving={save.isPending}
      formError={formError && errorText(formError.error)}
      testId="queue"
    >
      <TextField
        id="queue-form-name"
        label={t('form.name')}
        value={values.name}
        onChange={(event) => change('name', event.target.value)}
        error={Boolean(errorOf('name'))}
        helperText={errorOf('name')}
        required
        fullWidth
        autoFocus
        autoComplete="off"
        inputRef={fieldRef('name')}
        slotProps={{ htmlInput: { 'data-testid': 'queue-name', maxLength: 255 } }}
        sx={{ mt: 1 }}
      />
      <ColorField
        id="queue-form-color"
        label={t('form.color')}
        value={values.color}
        onChange={(value) => change('color', value)}
        hex={normalizeColor(values.color)}
        fallback="#000000"
        pickLabel={t('form.pickColor')}
        error={Boolean(errorOf('color'))}
        helperText={colorHelp}
        inputRef={fieldRef('color')}
        testId="queue-color"
        previewLabel={t('form.preview')}
        preview={
          <QueueChip name={values.name.trim() || t('form.preview')} color={values.color} testId="queue-preview" />
        }
        previewBeside
      />
      <TextField
        id="queue-form-order"
        label={t('form.order')}
        value={values.orderQueue}
        onChange={(event) => change('orderQueue', event.target.value)}
        error={Boolean(errorOf('orderQueue'))}
        helperText={errorOf('orderQueue') ?? t('form.orderHelp')}
        fullWidth
        autoComplete="off"
        inputRef={fieldRef('orderQueue')}
        slotProps={{ htmlInput: { 'data-testid': 'queue-order', inputMode: 'numeric', maxLength: 9 } }}
      />
      <TextField
        id="queue-form-greeting"
        label={t('form.greetingMessage')}
        value={values.greetingMessage}
        onChange={(event) => change('greetingMessage', event.target.value)}
        helperText={t('form.greetingHelp')}
        fullWidth
        multiline
        minRows={3}
        inputRef={fieldRef('greetingMessage')}
        slotProps={{ htmlInput: { 'data-testid': 'queue-greeting' } }}
      />
      <TextField
        id="queue-form-out-of-hours"
        label={t('form.outOfHoursMessage')}
        value={values.outOfHoursMessage}
        onChange={(event) => change('outOfHoursMessage', event.target.value)}
        helperText={t('form.outOfHoursHelp')}
        fullWidth
        multiline
        minRows={3}
        inputRef={fieldRef('outOfHoursMessage')}
        slotProps={{ htmlInput: { 'data-testid': 'queue-out-of-hours' } }}
      />
      <OpeningHoursFields
        week={values.week}
        problems={form.errors?.days ?? {}}
        onChange={changeDay}
        startRefs={startRefs}
      />
    </FormDialog>
  );
}
