import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { NavLink, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useIsAdmin } from '../../lib/auth/permissions.ts';
import { APP_PAGES } from '../navigation.ts';

/** The side navigation, built from APP_PAGES. */
export function NavList({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation('shell');
  const { pathname } = useLocation();
  const isAdmin = useIsAdmin();
  const isCurrent = (path: string) =>
    path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);

  return (
    <List component="nav" aria-label={t('nav.label')} sx={{ px: 1 }}>
      {APP_PAGES.filter((page) => isAdmin || !page.adminOnly).map(({ path, titleKey, icon: Icon }) => (
        <ListItemButton
          key={path}
          component={NavLink}
          to={path}
          end={path === '/'}
          selected={isCurrent(path)}
          onClick={onNavigate}
          sx={{ borderRadius: 1, mb: 0.5 }}
        >
          <ListItemIcon>
            <Icon />
          </ListItemIcon>
          <ListItemText primary={t(titleKey)} />
        </ListItemButton>
      ))}
    </List>
  );
}
