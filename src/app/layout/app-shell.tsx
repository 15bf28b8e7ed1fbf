import { useState, type ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import MenuIcon from '@mui/icons-material/Menu';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BrandLogo } from '../../components/brand-logo.tsx';
import { NavList } from './nav-list.tsx';
import { UserMenu } from './user-menu.tsx';

const DRAWER_WIDTH = 248;

/**
 * App bar (logo, user menu) over a side navigation that stays open on wide screens and slides in on narrow
 * ones. The logo sits in the app bar only, so the page always has exactly one.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation('shell');
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });
  const [drawerOpen, setDrawerOpen] = useState(false);

  const navigation = <NavList onNavigate={() => setDrawerOpen(false)} />;

  return (
    <Box sx={{ display: 'flex', minHeight: '100dvh' }}>
      {/* Keyboard users jump past the app bar and navigation; hidden until focused. */}
      <Box
        component="a"
        href="#main"
        sx={{
          position: 'fixed',
          left: 8,
          top: -64,
          zIndex: theme.zIndex.tooltip,
          px: 2,
          py: 1,
          borderRadius: 1,
          bgcolor: 'background.paper',
          color: 'text.primary',
          boxShadow: 3,
          '&:focus': { top: 8 },
        }}
      >
        {t('skipToContent')}
      </Box>
      <AppBar
        position="fixed"
        color="inherit"
        // Wide: above the permanent drawer, which starts under it. Narrow: the sliding drawer covers it.
        sx={{
          zIndex: wide ? theme.zIndex.drawer + 1 : undefined,
          borderBottom: 1,
          borderColor: 'divider',
          bgcolor: 'background.paper',
        }}
      >
        <Toolbar sx={{ gap: 1 }}>
          {!wide && (
            <IconButton
              edge="start"
              aria-label={t('nav.open')}
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
            >
              <MenuIcon />
            </IconButton>
          )}
          <Box component={RouterLink} to="/" sx={{ display: 'flex', alignItems: 'center', minWidth: 0, py: 1 }}>
            <BrandLogo height={36} />
          </Box>
          <Box sx={{ flexGrow: 1 }} />
          <UserMenu />
        </Toolbar>
      </AppBar>

      {wide ? (
        <Drawer
          variant="permanent"
          sx={{ width: DRAWER_WIDTH, flexShrink: 0 }}
          slotProps={{ paper: { sx: { width: DRAWER_WIDTH, boxSizing: 'border-box' } } }}
        >
          <Toolbar />
          {navigation}
        </Drawer>
      ) : (
        <Drawer
          variant="temporary"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          // The sliding drawer is a dialog: it needs a name.
          slotProps={{ paper: { sx: { width: DRAWER_WIDTH }, 'aria-label': t('nav.label') } }}
        >
          {navigation}
        </Drawer>
      )}

      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, sm: 3 }, outline: 'none' }}
      >
        <Toolbar />
        {children}
      </Box>
    </Box>
  );
}
