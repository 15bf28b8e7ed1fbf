import { useId, useState } from 'react';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Check from '@mui/icons-material/Check';
import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import Logout from '@mui/icons-material/Logout';
import NotificationsActiveOutlined from '@mui/icons-material/NotificationsActiveOutlined';
import NotificationsOffOutlined from '@mui/icons-material/NotificationsOffOutlined';
import PersonOutlined from '@mui/icons-material/PersonOutlined';
import VolumeOffOutlined from '@mui/icons-material/VolumeOffOutlined';
import VolumeUpOutlined from '@mui/icons-material/VolumeUpOutlined';
import { useTranslation } from 'react-i18next';
import { useDesktopPermission, useSoundSetting } from '../../features/notifications/index.ts';
import { useSession, useUser } from '../../lib/auth/session-context.tsx';
import { currentLanguage } from '../../lib/i18n.ts';
import { SUPPORTED_LANGUAGES } from '../../lib/languages.ts';
import { useChooseLanguage } from '../i18n-settings.tsx';
import { useColorMode } from '../theme/color-mode.tsx';
import { initialsOf } from './initials.ts';
import { ProfileDialog } from './profile-dialog.tsx';

/**
 * The user's name and a menu: profile, light/dark mode, the notification sound and desktop notifications,
 * language, logout.
 */
export function UserMenu() {
  const { t } = useTranslation('shell');
  const user = useUser();
  const session = useSession();
  const { mode, toggleMode } = useColorMode();
  const [soundOn, setSoundOn] = useSoundSetting();
  const desktop = useDesktopPermission();
  const chooseLanguage = useChooseLanguage();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [profileOpen, setProfileOpen] = useState(false);
  const menuId = useId();
  const language = currentLanguage();
  const close = () => setAnchor(null);

  return (
    <>
      <Button
        color="inherit"
        data-testid="user-menu"
        aria-label={t('userMenu.openFor', { name: user.name })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none', gap: 1, minWidth: 0 }}
      >
        <Avatar
          aria-hidden
          sx={{ width: 32, height: 32, fontSize: 14, bgcolor: 'primary.main', color: 'primary.contrastText' }}
        >
          {initialsOf(user.name)}
        </Avatar>
        <Box
          component="span"
          sx={{
            display: { xs: 'none', sm: 'inline' },
            maxWidth: 200,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
          }}
        >
          {user.name}
        </Box>
      </Button>

      <Menu
        id={menuId}
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { minWidth: 240 } } }}
        // Rendered inside the app bar (the banner landmark) rather than at the end of <body>.
        disablePortal
      >
        <MenuItem
          data-testid="profile"
          onClick={() => {
            close();
            setProfileOpen(true);
          }}
        >
          <ListItemIcon>
            <PersonOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('userMenu.profile')}</ListItemText>
        </MenuItem>
        <MenuItem data-testid="color-mode" onClick={toggleMode}>
          <ListItemIcon>
            {mode === 'dark' ? <LightModeOutlined fontSize="small" /> : <DarkModeOutlined fontSize="small" />}
          </ListItemIcon>
          <ListItemText>{mode === 'dark' ? t('userMenu.lightMode') : t('userMenu.darkMode')}</ListItemText>
        </MenuItem>
        <MenuItem
          data-testid="sound-toggle"
          role="menuitemcheckbox"
          aria-checked={soundOn}
          onClick={() => setSoundOn(!soundOn)}
        >
          <ListItemIcon>
            {soundOn ? <VolumeUpOutlined fontSize="small" /> : <VolumeOffOutlined fontSize="small" />}
          </ListItemIcon>
          <ListItemText>{t('userMenu.sound')}</ListItemText>
        </MenuItem>
        {desktop.permission !== 'unsupported' && (
          // Browsers ask only from a user gesture: this click. Once answered, only the browser can change it.
          <MenuItem
            data-testid="desktop-notifications"
            data-permission={desktop.permission}
            disabled={desktop.permission !== 'default'}
            onClick={() => void desktop.request()}
          >
            <ListItemIcon>
              {desktop.permission === 'denied' ? (
                <NotificationsOffOutlined fontSize="small" />
              ) : (
                <NotificationsActiveOutlined fontSize="small" />
              )}
            </ListItemIcon>
            <ListItemText>
              {desktop.permission === 'granted'
                ? t('userMenu.desktopNotificationsOn')
                : desktop.permission === 'denied'
                  ? t('userMenu.desktopNotificationsBlocked')
                  : t('userMenu.desktopNotificationsAsk')}
            </ListItemText>
          </MenuItem>
        )}
        <Divider />
        {/* A labelled group of radio items: a bare subheader is not allowed inside a menu. */}
        <Box role="group" aria-labelledby={`${menuId}-language`}>
          <ListSubheader id={`${menuId}-language`} component="div" sx={{ lineHeight: 2.5, bgcolor: 'transparent' }}>
            {t('userMenu.language')}
          </ListSubheader>
          {SUPPORTED_LANGUAGES.map((option) => (
            <MenuItem
              key={option}
              role="menuitemradio"
              aria-checked={option === language}
              lang={option}
              data-testid={`language-${option}`}
              onClick={() => {
                void chooseLanguage(option);
                close();
              }}
            >
              <ListItemIcon>{option === language && <Check fontSize="small" />}</ListItemIcon>
              <ListItemText>{t(`languages.${option}`)}</ListItemText>
            </MenuItem>
          ))}
        </Box>
        <Divider />
        <MenuItem
          data-testid="logout"
          onClick={() => {
            close();
            void session.signOut();
          }}
        >
          <ListItemIcon>
            <Logout fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('userMenu.logout')}</ListItemText>
        </MenuItem>
      </Menu>

      <ProfileDialog open={profileOpen} onClose={() => setProfileOpen(false)} user={user} />
    </>
  );
}
