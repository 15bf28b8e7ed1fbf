import { useRef, useState } from 'react';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { ColorField } from '../../../components/color-field.tsx';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
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
  type FieldMessage,
  type QueueField,
  type QueueFormErrors,
  type QueueFormValues,
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
const NO_ERRORS: QueueFormErrors = { fields: {}, days: {} };

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

  const [values, setValues] = useState<QueueFormValues>(() =>
    queue ? queueFormFrom(queue) : emptyQueueForm(newColor),
  );
  const [errors, setErrors] = useState<QueueFormErrors>(NO_ERRORS);
  const [serverError, setServerError] = useState<
    { field: QueueField; message: FieldMessage; error: unknown } | undefined
  >();
  // The failure itself, not its text: the message follows a change of language.
  const [formError, setFormError] = useState<{ error: unknown } | undefined>();
  const [submitted, setSubmitted] = useState(false);
  const fieldRefs = useRef<Partial<Record<QueueField, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const startRefs = useRef<Partial<Record<Weekday, HTMLInputElement | null>>>({});

  const fieldText = (message: FieldMessage | undefined): string | undefined => {
    if (!message || 'backend' in message) return undefined;
    return t(`validation.${message.key}`, message.values ?? {});
  };
  const errorOf = (field: QueueField): string | undefined =>
    fieldText(errors.fields[field]) ??
    (serverError?.field === field ? (fieldText(serverError.message) ?? errorText(serverError.error)) : undefined);

  const update = (next: QueueFormValues, field?: QueueField) => {
    setValues(next);
    if (submitted) setErrors(validateQueueForm(next));
    if (field !== undefined && serverError?.field === field) setServerError(undefined);
  };
  const change = <K extends QueueField>(field: K, value: QueueFormValues[K]) =>
    update({ ...values, [field]: value }, field);
  const changeDay = (day: Weekday, hours: DayHours) => update({ ...values, week: { ...values.week, [day]: hours } });
  const focusFirst = (found: QueueFormErrors) => {
    const field = FIELD_ORDER.find((name) => found.fields[name] !== undefined);
    if (field) {
      fieldRefs.current[field]?.focus();
      return;
    }
    const day = Object.keys(found.days)[0] as Weekday | undefined;
    if (day) startRefs.current[day]?.focus();
  };

  const submit = async () => {
    setSubmitted(true);
    setFormError(undefined);
    setServerError(undefined);
    const found = validateQueueForm(values);
    setErrors(found);
    if (hasErrors(found)) {
      focusFirst(found);
      return;
    }
    try {
      onSaved(await save.mutateAsync({ id: queue?.id, input: toQueueInput(values) }), creating);
    } catch (error) {
      const onField = serverFieldError(error);
      if (onField) {
        setServerError({ ...onField, error });
        fieldRefs.current[onField.field]?.focus();
        return;
      }
      setFormError({ error });
    }
  };

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
        inputRef={(element: HTMLInputElement | HTMLTextAreaElement | null) => {
          fieldRefs.current.name = element;
        }}
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
        inputRef={(element) => {
          fieldRefs.current.color = element;
        }}
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
        inputRef={(element: HTMLInputElement | HTMLTextAreaElement | null) => {
          fieldRefs.current.orderQueue = element;
        }}
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
        inputRef={(element: HTMLInputElement | HTMLTextAreaElement | null) => {
          fieldRefs.current.greetingMessage = element;
        }}
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
        inputRef={(element: HTMLInputElement | HTMLTextAreaElement | null) => {
          fieldRefs.current.outOfHoursMessage = element;
        }}
        slotProps={{ htmlInput: { 'data-testid': 'queue-out-of-hours' } }}
      />
      <OpeningHoursFields week={values.week} problems={errors.days} onChange={changeDay} startRefs={startRefs} />
    </FormDialog>
  );
}
