import type { ChangeEvent, ReactNode } from 'react';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';

interface ColorFieldProps {
  id: string;
  label: string;
  /** What is typed: any text, checked by the form. */
  value: string;
  onChange: (value: string) => void;
  /** `value` as `#rrggbb` when it is a colour; otherwise the picker shows `fallback`. */
  hex: string | undefined;
  fallback: string;
  /** The picker's accessible name. */
  pickLabel: string;
  /** What the picker writes in upper case (`#A4CCCC`) rather than as it gives it (`#a4cccc`). */
  upperCase?: boolean;
  /** Marks the field invalid; `helperText` then says why. */
  error: boolean;
  helperText: string | undefined;
  inputRef: (element: HTMLInputElement | null) => void;
  /** `<testId>` on the text input, `<testId>-picker` on the picker. */
  testId: string;
  /** The preview's title and what it shows: the chip the colour paints. */
  previewLabel: string;
  preview: ReactNode;
  /** Under the chip: which text colour reads on it, and the contrast. */
  contrast?: ReactNode;
  /** The preview beside the field (it wraps under it on narrow screens) rather than under it. */
  previewBeside?: boolean;
  previewTestId?: string;
}

/** A colour typed as hex or picked, with a preview of the chip it paints; the form owns the value and its checks. */
export function ColorField({
  id,
  label,
  value,
  onChange,
  hex,
  fallback,
  pickLabel,
  upperCase = false,
  error,
  helperText,
  inputRef,
  testId,
  previewLabel,
  preview,
  contrast,
  previewBeside = false,
  previewTestId,
}: ColorFieldProps) {
  const field = (
    <TextField
      id={id}
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      helperText={helperText}
      required
      fullWidth={!previewBeside}
      autoComplete="off"
      inputRef={inputRef}
      sx={previewBeside ? { flex: '1 1 14rem' } : undefined}
      slotProps={{
        htmlInput: { 'data-testid': testId, maxLength: 7, spellCheck: false },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <Box
                component="input"
                type="color"
                aria-label={pickLabel}
                value={hex ?? fallback}
                onChange={(event: ChangeEvent<HTMLInputElement>) =>
                  onChange(upperCase ? event.target.value.toUpperCase() : event.target.value)
                }
                data-testid={`${testId}-picker`}
                sx={{
                  width: 32,
                  height: 32,
                  p: 0,
                  border: 1,
                  borderColor: 'divider',
                  borderRadius: 1,
                  bgcolor: 'transparent',
                  cursor: 'pointer',
                }}
              />
            </InputAdornment>
          ),
        },
      }}
    />
  );
  const previewPart = (
    <Box
      sx={
        previewBeside
          ? { display: 'grid', gap: 0.5, pt: 1, minWidth: 0, flex: '0 1 auto' }
          : { display: 'grid', gap: 1 }
      }
      data-testid={previewTestId}
    >
      <Typography variant={previewBeside ? 'caption' : 'body2'} sx={{ color: 'text.secondary' }}>
        {previewLabel}
      </Typography>
      <Box sx={{ minWidth: 0 }}>{preview}</Box>
      {contrast}
    </Box>
  );
  return previewBeside ? (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
      {field}
      {previewPart}
    </Box>
  ) : (
    <>
      {field}
      {previewPart}
    </>
  );
}
