import { useState } from 'react';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { useTranslation } from 'react-i18next';
import { LightIconButton } from '../../../components/light-button.tsx';
import { LoginField, type LoginFieldProps } from './login-field.tsx';

/** A password field with a show/hide toggle. */
export function PasswordField(props: Omit<LoginFieldProps, 'type' | 'endAdornment' | 'name'>) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <LoginField
      {...props}
      name="password"
      type={visible ? 'text' : 'password'}
      endAdornment={
        <LightIconButton
          type="button"
          aria-label={visible ? t('auth.hidePassword') : t('auth.showPassword')}
          aria-pressed={visible}
          aria-controls={props.id}
          onClick={() => setVisible((shown) => !shown)}
          // Keeps the caret in the field while toggling.
          onMouseDown={(event) => event.preventDefault()}
          disabled={props.disabled}
        >
          {visible ? <VisibilityOff /> : <Visibility />}
        </LightIconButton>
      }
    />
  );
}
