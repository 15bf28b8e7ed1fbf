import TableCell from '@mui/material/TableCell';
import type { SxProps, Theme } from '@mui/material/styles';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { ActionIconButton } from './action-icon-button.tsx';

export interface RowAction {
  /** The accessible name, naming the row (e.g. "Editar VIP"). */
  label: string;
  onClick: () => void;
  testId: string;
  /** Why it is not allowed (see ActionIconButton): shown, spoken, and the button does nothing. */
  disabledReason?: string | undefined;
}

interface RowActionsProps {
  edit: RowAction;
  delete: RowAction;
  /** Small buttons and icons, for dense tables. */
  size?: 'small';
  /** More styles for the cell (e.g. its vertical alignment). */
  sx?: SxProps<Theme>;
}

/** The last cell of a table row: its edit and delete buttons. */
export function RowActions({ edit, delete: remove, size, sx = [] }: RowActionsProps) {
  const fontSize = size === 'small' ? 'small' : undefined;
  return (
    <TableCell align="right" sx={[{ whiteSpace: 'nowrap' }, ...(Array.isArray(sx) ? sx : [sx])]}>
      <ActionIconButton {...edit} size={size} icon={<EditOutlined fontSize={fontSize} />} />
      <ActionIconButton {...remove} size={size} icon={<DeleteOutlined fontSize={fontSize} />} />
    </TableCell>
  );
}
