import type { RefObject } from 'react';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import {
  WEEKDAYS,
  type DayHours,
  type DayMode,
  type DayProblem,
  type Weekday,
  type WeekHours,
} from '../model/opening-hours.ts';

const MODES: readonly DayMode[] = ['none', 'hours', 'closed'];

interface OpeningHoursFieldsProps {
  week: WeekHours;
  problems: Partial<Record<Weekday, DayProblem>>;
  onChange: (day: Weekday, hours: DayHours) => void;
  /** The first time field of each day, to focus the first wrong one. */
  startRefs: RefObject<Partial<Record<Weekday, HTMLInputElement | null>>>;
}

/** The queue's hours, one row a weekday: no hours, from … to …, or closed. */
export function OpeningHoursFields({ week, problems, onChange, startRefs }: OpeningHoursFieldsProps) {
  const { t } = useTranslation('queues');
  return (
    <FormControl component="fieldset" variant="standard" sx={{ display: 'grid', gap: 1.5, minWidth: 0 }}>
      <FormLabel component="legend" sx={{ mb: 0.5 }}>
        {t('form.hours')}
      </FormLabel>
      <FormHelperText sx={{ mt: 0 }}>{t('form.hoursHelp')}</FormHelperText>
      {WEEKDAYS.map((day) => {
        const hours = week[day];
        const problem = problems[day];
        const dayName = t(`weekdays.${day}`);
        const errorId = `queue-hours-${day}-error`;
        const timeInput = (which: 'start' | 'end') => ({
          'data-testid': `queue-${which}-${day}`,
          'aria-label': t(which === 'start' ? 'form.startOf' : 'form.endOf', { day: dayName }),
          'aria-invalid': problem ? true : undefined,
          'aria-describedby': problem ? errorId : undefined,
        });
        return (
          <Box key={day} data-testid={`queue-hours-${day}`} sx={{ display: 'grid', gap: 0.5 }}>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}>
              <TextField
                id={`queue-form-day-${day}`}
                select
                size="small"
                label={dayName}
                value={hours.mode}
                onChange={(event) => onChange(day, { ...hours, mode: event.target.value as DayMode })}
                sx={{ flex: '1 1 11rem' }}
                slotProps={{ select: { SelectDisplayProps: { 'data-testid': `queue-day-${day}` } as object } }}
              >
                {MODES.map((mode) => (
                  <MenuItem key={mode} value={mode} data-testid={`queue-day-${day}-${mode}`}>
                    {t(`form.modes.${mode}`)}
                  </MenuItem>
                ))}
              </TextField>
              {hours.mode === 'hours' && (
                <>
                  <TextField
                    id={`queue-form-start-${day}`}
                    type="time"
                    size="small"
                    label={t('form.start')}
                    value={hours.start}
                    onChange={(event) => onChange(day, { ...hours, start: event.target.value })}
                    error={Boolean(problem)}
                    inputRef={(element: HTMLInputElement | null) => {
                      startRefs.current[day] = element;
                    }}
                    sx={{ flex: '1 1 7rem' }}
                    slotProps={{ inputLabel: { shrink: true }, htmlInput: timeInput('start') }}
                  />
                  <TextField
                    id={`queue-form-end-${day}`}
                    type="time"
                    size="small"
                    label={t('form.end')}
                    value={hours.end}
                    onChange={(event) => onChange(day, { ...hours, end: event.target.value })}
                    error={Boolean(problem)}
                    sx={{ flex: '1 1 7rem' }}
                    slotProps={{ inputLabel: { shrink: true }, htmlInput: timeInput('end') }}
                  />
                </>
              )}
            </Box>
            {problem && hours.mode === 'hours' && (
              <FormHelperText error id={errorId} sx={{ mt: 0 }}>
                {t(`validation.${problem}`)}
              </FormHelperText>
            )}
          </Box>
        );
      })}
    </FormControl>
  );
}
