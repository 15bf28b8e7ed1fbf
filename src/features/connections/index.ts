/** Connections: the company's WhatsApp connections, their live status, pairing by QR code (admins manage them). */
export { ConnectionsPage } from './components/connections-page.tsx';
