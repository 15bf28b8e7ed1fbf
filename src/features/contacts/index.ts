/** Contacts: the company's contact list (search, pages in the address), create, edit and delete. */
export { ContactsPage } from './components/contacts-page.tsx';
/** The contact form's checks, for other features that edit a contact (the conversation's contact panel). */
export {
  fieldOfBackendError as contactFieldOfBackendError,
  normalizePhoneNumber,
  validateContact,
  type ContactField,
  type ContactFieldErrors,
  type ContactFormValues,
} from './model/validate-contact.ts';
