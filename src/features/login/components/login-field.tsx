import type { InputHTMLAttributes, ReactNode } from 'react';
import Box from '@mui/material/Box';
import { alpha, styled } from '@mui/material/styles';

/**
 * A native input drawn like MUI's outlined one, with its label above it. The login page does not use MUI's
 * input components: InputBase, OutlinedInput, InputLabel, FormControl and FormHelperText together weigh
 * ~8 KB gzipped, more than the rest of the page, for a floating label this page does not need.
 */
const Input = styled('input')(({ theme }) => ({
  ...theme.typography.body1,
  display: 'block',
  width: '100%',
  boxSizing: 'border-box',
  margin: 0,
  padding: '14px',
  color: theme.palette.text.primary,
  backgroundColor: 'transparent',
  // Half-opaque text colour: at least 3:1 against the page, in both modes (WCAG 1.4.11).
  border: `1px solid ${alpha(theme.palette.text.primary, 0.5)}`,
  borderRadius: theme.shape.borderRadius,
  transition: theme.transitions.create(['border-color', 'box-shadow'], {
    duration: theme.transitions.duration.shorter,
  }),
  '&:hover': { borderColor: theme.palette.text.primary },
  '&:focus': {
    outline: 'none',
    borderColor: theme.palette.primary.main,
    boxShadow: `inset 0 0 0 1px ${theme.palette.primary.main}`,
  },
  '&[aria-invalid="true"]': { borderColor: theme.palette.error.main },
  '&[aria-invalid="true"]:focus': { boxShadow: `inset 0 0 0 1px ${theme.palette.error.main}` },
}));

export interface LoginFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  /** The field's error, shown under it and announced with it. */
  error?: string | undefined;
  testId: string;
  /** A button inside the field, at its end (the password's show/hide toggle). */
  endAdornment?: ReactNode;
}

/** A required text field of the login form: label, input, error. */
export function LoginField({ id, label, error, testId, endAdornment, ...input }: LoginFieldProps) {
  const helperId = `${id}-helper`;
  return (
    <div>
      <Box
        component="label"
        htmlFor={id}
        sx={{
          display: 'block',
          mb: 0.75,
          typography: 'body2',
          fontWeight: 500,
          color: error ? 'error.main' : 'text.primary',
        }}
      >
        {label}
        {/* `required` on the input says it to assistive technology; the star is for the eye. */}
        <span aria-hidden="true"> *</span>
      </Box>
      <Box sx={{ position: 'relative' }}>
        <Input
          {...input}
          id={id}
          required
          aria-invalid={Boolean(error)}
          aria-describedby={error ? helperId : undefined}
          data-testid={testId}
          sx={endAdornment ? { pr: 6.5 } : undefined}
        />
        {endAdornment && (
          <Box sx={{ position: 'absolute', top: 0, bottom: 0, right: 4, display: 'flex', alignItems: 'center' }}>
            {endAdornment}
          </Box>
        )}
      </Box>
      {error && (
        <Box component="p" id={helperId} sx={{ m: 0, mt: 0.5, typography: 'caption', color: 'error.main' }}>
          {error}
        </Box>
      )}
    </div>
  );
}
