import { useState } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useFormState } from '../../../hooks/use-form-state.ts';
import { usePlanLimitMessage } from '../../plan/index.ts';
import { QueueChip, useQueues } from '../../queues/index.ts';
import { USER_PROFILES, useSaveUser, type User, type UserProfile } from '../api/users.ts';
import {
  emptyUserForm,
  PASSWORD_MIN,
  serverFieldError,
  toUserInput,
  userFormFrom,
  validateUserForm,
  type UserField,
  type UserFormValues,
} from '../model/user-form.ts';

interface UserFormDialogProps {
  /** The user to edit; undefined to create one. */
  user: User | undefined;
  /** The signed-in user's id: nobody changes their own profile (they would lock themselves out). */
  selfId: number;
  onClose: () => void;
  onSaved: (user: User, created: boolean) => void;
  /** The backend refused the creation because of the plan's limit: the page refreshes its figures. */
  onPlanLimit: () => void;
}

const FIELD_ORDER: readonly UserField[] = ['name', 'email', 'password', 'profile'];

/**
 * Create or edit a user. Checked as the backend checks; the backend's refusals land on their field (a
 * duplicate email) or above the form (the plan's limit, anything else), and nothing typed is lost.
 * Rendered only while open, so each opening starts from the user's current values.
 */
export function UserFormDialog({ user, selfId, onClose, onSaved, onPlanLimit }: UserFormDialogProps) {
  const { t } = useTranslation('users');
  const { errorText } = useErrorText();
  const planLimitMessage = usePlanLimitMessage();
  const save = useSaveUser();
  const queues = useQueues();
  const creating = user === undefined;
  const self = user?.id === selfId;

  const form = useFormState({
    initial: () => (user ? userFormFrom(user) : emptyUserForm()),
    validate: (values: UserFormValues) => validateUserForm(values, creating),
    fieldOrder: FIELD_ORDER,
    serverFieldError,
    text: ({ key, values }) => t(`validation.${key}`, values ?? {}),
  });
  const { values, change, errorOf, fieldRef, formError } = form;
  const [showPassword, setShowPassword] = useState(false);

  const submit = () =>
    form.submit(async (checked) => {
      try {
        onSaved(await save.mutateAsync({ id: user?.id, input: toUserInput(checked) }), creating);
      } catch (error) {
        // The plan's limit: the page refreshes its figures; the refusal shows above the form.
        if (planLimitMessage(error)) onPlanLimit();
        throw error;
      }
    });

  const passwordHelp =
    errorOf('password') ?? (creating ? t('form.passwordHelp', { min: PASSWORD_MIN }) : t('form.passwordKeep'));

  return (
    <FormDialog
      title={creating ? t('form.createTitle') : t('form.editTitle')}
      onSubmit={() => void submit()}
      onClose={onClose}
      saving={save.isPending}
      formError={formError && (planLimitMessage(formError.error) ?? errorText(formError.error))}
      testId="user"
    >
      <TextField
        id="user-form-name"
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
        slotProps={{ htmlInput: { 'data-testid': 'user-name', maxLength: 255 } }}
        sx={{ mt: 1 }}
      />
      <TextField
        id="user-form-email"
        label={t('form.email')}
        type="email"
        value={values.email}
        onChange={(event) => change('email', event.target.value)}
        error={Boolean(errorOf('email'))}
        helperText={errorOf('email')}
        required
        fullWidth
        autoComplete="off"
        inputRef={fieldRef('email')}
        slotProps={{ htmlInput: { 'data-testid': 'user-email', maxLength: 255 } }}
      />
      <TextField
        id="user-form-password"
        label={t('form.password')}
        type={showPassword ? 'text' : 'password'}
        value={values.password}
        onChange={(event) => change('password', event.target.value)}
        error={Boolean(errorOf('password'))}
        helperText={passwordHelp}
        required={creating}
        fullWidth
        autoComplete="new-password"
        inputRef={fieldRef('password')}
        slotProps={{
          htmlInput: { 'data-testid': 'user-password' },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  onClick={() => setShowPassword((shown) => !shown)}
                  aria-label={showPassword ? t('form.hidePassword') : t('form.showPassword')}
                  aria-pressed={showPassword}
                  edge="end"
                >
                  {showPassword ? <VisibilityOff /> : <Visibility />}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <TextField
        id="user-form-profile"
        select
        label={t('form.profile')}
        value={values.profile}
        onChange={(event) => change('profile', event.target.value as UserProfile)}
        disabled={self}
        error={Boolean(errorOf('profile'))}
        helperText={errorOf('profile') ?? (self ? t('form.ownProfile') : t('form.profileHelp'))}
        fullWidth
        inputRef={fieldRef('profile')}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'user-profile' } as object } }}
      >
        {USER_PROFILES.map((profile) => (
          <MenuItem key={profile} value={profile} data-testid={`user-profile-${profile}`}>
            {t(`profiles.${profile}`)}
          </MenuItem>
        ))}
      </TextField>
      <QueuePicker queues={queues} selected={values.queueIds} onChange={(ids) => change('queueIds', ids)} />
    </FormDialog>
  );
}

function QueuePicker({
  queues,
  selected,
  onChange,
}: {
  queues: ReturnType<typeof useQueues>;
  selected: number[];
  onChange: (ids: number[]) => void;
}) {
  const { t } = useTranslation('users');
  const { errorText } = useErrorText();
  const toggle = (id: number, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((queueId) => queueId !== id));

  return (
    <FormControl component="fieldset" variant="standard">
      <FormLabel component="legend">{t('form.queues')}</FormLabel>
      {queues.isPending && <Skeleton width="12rem" />}
      {queues.isError && (
        <ErrorPanel
          message={`${t('form.queuesLoadFailed')} ${errorText(queues.error)}`}
          onRetry={() => void queues.refetch()}
        />
      )}
      {queues.isSuccess &&
        (queues.data.length === 0 ? (
          <FormHelperText>{t('form.queuesEmpty')}</FormHelperText>
        ) : (
          <>
            <FormGroup row>
              {queues.data.map((queue) => (
                <FormControlLabel
                  key={queue.id}
                  label={<QueueChip name={queue.name} color={queue.color} />}
                  control={
                    <Checkbox
                      checked={selected.includes(queue.id)}
                      onChange={(event) => toggle(queue.id, event.target.checked)}
                      slotProps={{ input: { 'data-testid': `user-queue-${queue.id}` } as object }}
                    />
                  }
                />
              ))}
            </FormGroup>
            <FormHelperText>{t('form.queuesHelp')}</FormHelperText>
          </>
        ))}
    </FormControl>
  );
}
