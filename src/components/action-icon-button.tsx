import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  p: 0,
  m: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

export interface ActionIconButtonProps {
  /** What the button does, for its accessible name (e.g. "Editar VIP"). */
  label: string;
  icon: ReactNode;
  onClick: () => void;
  testId: string;
  /**
   * Why the action cannot be taken now. The button is then `aria-disabled`, not `disabled`: a disabled button
   * cannot be focused, and its reason would never be heard. The reason is its tooltip and its description.
   */
  disabledReason?: string | undefined;
  size?: 'small' | 'medium';
}

/** An icon button for an action; when it is not allowed, still focusable, with the reason spoken and shown. */
export function ActionIconButton({ label, icon, onClick, testId, disabledReason, size }: ActionIconButtonProps) {
  const reasonId = useId();
  if (disabledReason === undefined) {
    return (
      <IconButton size={size} aria-label={label} onClick={onClick} data-testid={testId}>
        {icon}
      </IconButton>
    );
  }
  return (
    <Tooltip title={disabledReason}>
      <IconButton
        size={size}
        aria-label={label}
        aria-disabled="true"
        aria-describedby={reasonId}
        data-testid={testId}
        sx={{ color: 'action.disabled', cursor: 'not-allowed' }}
      >
        {icon}
        <Box component="span" id={reasonId} sx={visuallyHidden}>
          {disabledReason}
        </Box>
      </IconButton>
    </Tooltip>
  );
}
