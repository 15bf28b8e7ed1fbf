/** Contacts: the company's contact list (search, pages in the address), create, edit and delete. */
export { ContactsPage } from './components/contacts-page.tsx';
