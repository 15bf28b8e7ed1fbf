import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../../components/row-actions.tsx';
import type { TagSummary } from '../api/tags.ts';
import { normalizeTagColor } from '../model/tag-color.ts';
import { TagChip } from './tag-chip.tsx';

interface TagsTableProps {
  tags: TagSummary[];
  /** Editing is for admins (the backend refuses others); listing, creating and deleting are for everyone. */
  canEdit: boolean;
  busy: boolean;
  onEdit: (tag: TagSummary) => void;
  onDelete: (tag: TagSummary) => void;
}

/** The tags, one row each: the chip in its colour, the colour, how many tickets carry it, the actions. */
export function TagsTable({ tags, canEdit, busy, onEdit, onDelete }: TagsTableProps) {
  const { t } = useTranslation('tags');
  const wideOnly = { display: { xs: 'none', sm: 'table-cell' } } as const;

  return (
    <Table size="small" aria-label={t('listLabel')} aria-busy={busy} data-testid="tags-table">
      <TableHead>
        <TableRow>
          <TableCell>{t('columns.tag')}</TableCell>
          <TableCell sx={wideOnly}>{t('columns.color')}</TableCell>
          <TableCell align="right">{t('columns.tickets')}</TableCell>
          <TableCell align="right">{t('columns.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {tags.map((tag) => (
          <TableRow key={tag.id} data-testid={`tag-row-${tag.id}`} hover>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>
              <TagChip name={tag.name} color={tag.color} data-testid="tag-chip" />
            </TableCell>
            <TableCell sx={{ ...wideOnly, fontFamily: 'monospace' }} data-testid="tag-color-cell">
              {normalizeTagColor(tag.color) ? tag.color : t('noColor')}
            </TableCell>
            <TableCell align="right" data-testid="tag-tickets-cell">
              {tag.ticketsCount}
            </TableCell>
            <RowActions
              edit={{
                label: t('edit', { name: tag.name }),
                onClick: () => onEdit(tag),
                testId: `tag-edit-${tag.id}`,
                disabledReason: canEdit ? undefined : t('onlyAdminsEdit'),
              }}
              delete={{
                label: t('delete', { name: tag.name }),
                onClick: () => onDelete(tag),
                testId: `tag-delete-${tag.id}`,
              }}
            />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
