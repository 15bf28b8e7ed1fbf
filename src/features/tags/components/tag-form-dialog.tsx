import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { WHITE } from '../../../../common/color-contrast.ts';
import { ColorField } from '../../../components/color-field.tsx';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useFormState } from '../../../hooks/use-form-state.ts';
import { useSaveTag, type Tag, type TagSummary } from '../api/tags.ts';
import { normalizeTagColor, tagChipColors } from '../model/tag-color.ts';
import {
  emptyTagForm,
  NAME_MIN,
  serverFieldError,
  tagFormFrom,
  toTagInput,
  validateTagForm,
  type TagField,
} from '../model/tag-form.ts';
import { TagChip } from './tag-chip.tsx';

interface TagFormDialogProps {
  /** The tag to edit; undefined to create one. */
  tag: TagSummary | undefined;
  onClose: () => void;
  onSaved: (tag: Tag, created: boolean) => void;
}

const FIELD_ORDER: readonly TagField[] = ['name', 'color'];

/**
 * Create or edit a tag: its name and colour, with a preview of the chip and the contrast of its text.
 * Checked as the backend checks; the backend's refusals land on their field or above the form, and nothing
 * typed is lost. Rendered only while open, so each opening starts from the tag's current values.
 */
export function TagFormDialog({ tag, onClose, onSaved }: TagFormDialogProps) {
  const { t, i18n } = useTranslation('tags');
  const { errorText } = useErrorText();
  const save = useSaveTag();
  const creating = tag === undefined;

  const form = useFormState({
    initial: () => (tag ? tagFormFrom(tag) : emptyTagForm()),
    validate: validateTagForm,
    fieldOrder: FIELD_ORDER,
    serverFieldError,
    text: ({ key, values }) => t(`validation.${key}`, values ?? {}),
  });
  const { values, change, errorOf, fieldRef, formError } = form;
  const submit = () =>
    form.submit(async (checked) =>
      onSaved(await save.mutateAsync({ id: tag?.id, input: toTagInput(checked) }), creating),
    );

  const hex = normalizeTagColor(values.color);
  const colors = tagChipColors(values.color);

  return (
    <FormDialog
      title={creating ? t('form.createTitle') : t('form.editTitle')}
      onSubmit={() => void submit()}
      onClose={onClose}
      saving={save.isPending}
      formError={formError && errorText(formError.error)}
      testId="tag"
      maxWidth="xs"
    >
      <TextField
        id="tag-form-name"
        label={t('form.name')}
        value={values.name}
        onChange={(event) => change('name', event.target.value)}
        error={Boolean(errorOf('name'))}
        helperText={errorOf('name') ?? t('form.nameHelp', { min: NAME_MIN })}
        required
        fullWidth
        autoFocus
        autoComplete="off"
        inputRef={fieldRef('name')}
        slotProps={{ htmlInput: { 'data-testid': 'tag-name', maxLength: 255 } }}
        sx={{ mt: 1 }}
      />
      <ColorField
        id="tag-form-color"
        label={t('form.color')}
        value={values.color}
        onChange={(value) => change('color', value)}
        hex={hex}
        fallback="#a4cccc"
        pickLabel={t('form.pickColor')}
        upperCase
        error={Boolean(errorOf('color'))}
        helperText={errorOf('color') ?? t('form.colorHelp')}
        inputRef={fieldRef('color')}
        testId="tag-color"
        previewLabel={t('form.preview')}
        previewTestId="tag-preview"
        preview={
          <TagChip
            name={values.name.trim() || t('form.previewPlaceholder')}
            color={values.color}
            size="medium"
            data-testid="tag-preview-chip"
          />
        }
        contrast={
          colors && (
            <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="tag-preview-contrast">
              {t('form.previewText', {
                text: colors.text === WHITE ? t('form.white') : t('form.black'),
                ratio: new Intl.NumberFormat(i18n.resolvedLanguage, {
                  minimumFractionDigits: 1,
                  maximumFractionDigits: 1,
                }).format(colors.ratio),
              })}
            </Typography>
          )
        }
      />
    </FormDialog>
  );
}
