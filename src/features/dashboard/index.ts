/** Dashboard: the signed-in home page (open, pending and closed ticket counts). */
export { DashboardPage } from './components/dashboard-page.tsx';
