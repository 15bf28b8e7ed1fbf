import Chip from '@mui/material/Chip';
import { chipColors } from '../model/queue-color.ts';

interface QueueChipProps {
  name: string;
  /** The backend's colour; one CSS cannot paint (`#abcd`, none) gives an outlined chip. */
  color: string | null | undefined;
  testId?: string;
}

/** A queue's name on its colour, in white or black text, whichever reaches 4.5:1 on it. */
export function QueueChip({ name, color, testId }: QueueChipProps) {
  const colors = chipColors(color);
  return colors ? (
    <Chip
      size="small"
      label={name}
      data-testid={testId}
      sx={{ bgcolor: colors.background, color: colors.text, maxWidth: '100%' }}
    />
  ) : (
    <Chip size="small" label={name} variant="outlined" data-testid={testId} sx={{ maxWidth: '100%' }} />
  );
}
