import type { SvgIconComponent } from '@mui/icons-material';
import SpaceDashboardOutlined from '@mui/icons-material/SpaceDashboardOutlined';
import ForumOutlined from '@mui/icons-material/ForumOutlined';
import ContactsOutlined from '@mui/icons-material/ContactsOutlined';
import WhatsApp from '@mui/icons-material/WhatsApp';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import type { ParseKeys } from 'i18next';
import { lazyPage, type LazyPage } from '../lib/lazy-page.ts';

export interface AppPage {
  /** Path of the page; `/` is the dashboard. */
  path: string;
  /** The route's pattern when the page takes parameters, e.g. `/tickets/:ticketId?` (default: `path`). */
  routePath?: string;
  /** Translation key of the page's name in the navigation. */
  titleKey: ParseKeys;
  icon: SvgIconComponent;
  /** The page's route module (exporting `Component`), fetched when the page is first visited. */
  page: LazyPage;
  /** Only for profile "admin": hidden from others' navigation (the page itself shows "no permission"). */
  adminOnly?: boolean;
}

/**
 * The signed-in pages, in navigation order. Adding a page is one line here: the router and the side
 * navigation are both built from this list.
 */
export const APP_PAGES: readonly AppPage[] = [
  {
    path: '/',
    titleKey: 'nav.dashboard',
    icon: SpaceDashboardOutlined,
    page: lazyPage(() => import('./routes/app/dashboard.tsx')),
  },
  {
    path: '/tickets',
    routePath: '/tickets/:ticketId?',
    titleKey: 'nav.tickets',
    icon: ForumOutlined,
    page: lazyPage(() => import('./routes/app/tickets.tsx')),
  },
  {
    path: '/contacts',
    titleKey: 'nav.contacts',
    icon: ContactsOutlined,
    page: lazyPage(() => import('./routes/app/contacts.tsx')),
  },
  {
    path: '/connections',
    titleKey: 'nav.connections',
    icon: WhatsApp,
    page: lazyPage(() => import('./routes/app/connections.tsx')),
  },
  {
    path: '/users',
    titleKey: 'nav.users',
    icon: PeopleAltOutlined,
    page: lazyPage(() => import('./routes/app/users.tsx')),
    adminOnly: true,
  },
  {
    // Atendechat's backend lets any user write queues (no isAdmin on its routes); its frontend, like this
    // one, offers the page to admins only.
    path: '/queues',
    titleKey: 'nav.queues',
    icon: AccountTreeOutlined,
    page: lazyPage(() => import('./routes/app/queues.tsx')),
    adminOnly: true,
  },
  {
    path: '/settings',
    titleKey: 'nav.settings',
    icon: SettingsOutlined,
    page: lazyPage(() => import('./routes/app/settings.tsx')),
    adminOnly: true,
  },
];
