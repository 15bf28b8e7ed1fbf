import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../../components/row-actions.tsx';
import type { Contact } from '../api/contacts.ts';

interface ContactsTableProps {
  contacts: readonly Contact[];
  /** Another page or search is loading: the rows shown are dimmed until it arrives. */
  busy: boolean;
  onEdit: (contact: Contact) => void;
  onDelete: (contact: Contact) => void;
}

/** One page of contacts: name, number, email (from md up), edit and delete. */
export function ContactsTable({ contacts, busy, onEdit, onDelete }: ContactsTableProps) {
  const { t } = useTranslation('contacts');
  return (
    <Table size="small" aria-label={t('title')} data-testid="contacts-table">
      <TableHead>
        <TableRow>
          <TableCell>{t('columns.name')}</TableCell>
          <TableCell>{t('columns.number')}</TableCell>
          <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{t('columns.email')}</TableCell>
          <TableCell align="right">{t('columns.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody sx={{ opacity: busy ? 0.6 : 1 }}>
        {contacts.map((contact) => (
          <TableRow key={contact.id} hover data-testid="contact-row" data-contact-id={contact.id}>
            <TableCell sx={{ overflowWrap: 'anywhere' }} data-testid="contact-row-name">
              {contact.name}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="contact-row-number">
              {contact.number}
            </TableCell>
            <TableCell sx={{ display: { xs: 'none', md: 'table-cell' }, overflowWrap: 'anywhere' }}>
              {contact.email}
            </TableCell>
            <RowActions
              size="small"
              sx={{ py: 0 }}
              edit={{
                label: t('actions.edit', { name: contact.name }),
                onClick: () => onEdit(contact),
                testId: 'contact-edit',
              }}
              delete={{
                label: t('actions.delete', { name: contact.name }),
                onClick: () => onDelete(contact),
                testId: 'contact-delete',
              }}
            />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
