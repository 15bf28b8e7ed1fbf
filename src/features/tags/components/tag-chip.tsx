import Chip from '@mui/material/Chip';
import CancelRounded from '@mui/icons-material/CancelRounded';
import { tagChipColors } from '../model/tag-color.ts';

export interface TagChipProps {
  /** The tag's name, shown as text. */
  name: string;
  /** The tag's colour as stored; anything but a hex colour gives a neutral chip. */
  color?: string | null | undefined;
  size?: 'small' | 'medium';
  /** Shows a remove button (e.g. taking the tag off a ticket). */
  onDelete?: () => void;
  /** What the remove icon says, e.g. "Remover a tag VIP" (the chip itself also removes on Delete/Backspace). */
  deleteLabel?: string;
  'data-testid'?: string;
}

/**
 * A tag as a chip in its own colour, with white or black text, whichever reaches WCAG AA (4.5:1) on it. A
 * colour the backend holds that is no hex colour never reaches a style: the chip is then the theme's default.
 */
export function TagChip({ name, color, size = 'small', onDelete, deleteLabel, ...rest }: TagChipProps) {
  const colors = tagChipColors(color);
  return (
    <Chip
      label={name}
      size={size}
      data-testid={rest['data-testid']}
      {...(onDelete && { onDelete })}
      {...(onDelete && deleteLabel && { deleteIcon: <CancelRounded titleAccess={deleteLabel} /> })}
      sx={{
        maxWidth: '100%',
        fontWeight: 500,
        ...(colors && {
          bgcolor: colors.background,
          color: colors.text,
          '& .MuiChip-deleteIcon': { color: colors.text, '&:hover': { color: colors.text } },
        }),
      }}
    />
  );
}
