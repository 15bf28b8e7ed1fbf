import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { EMOJI_GROUPS } from './emoji-data.ts';

/**
 * The emoji grid with a search box. Its own chunk (the composer imports it with `lazy`), so neither the
 * login page nor the tickets screen loads the list until the agent opens the picker.
 */
export default function EmojiPicker({ onPick }: { onPick: (emoji: string) => void }) {
  const { t } = useTranslation('tickets');
  const [search, setSearch] = useState('');
  const groups = useMemo(() => {
    const terms = normalize(search).split(/\s+/).filter(Boolean);
    if (terms.length === 0) return EMOJI_GROUPS;
    return EMOJI_GROUPS.map((group) => ({
      ...group,
      emoji: group.emoji.filter(([, words]) => terms.every((term) => normalize(words).includes(term))),
    })).filter((group) => group.emoji.length > 0);
  }, [search]);

  return (
    <Box
      sx={{ width: 320, maxWidth: 'calc(100vw - 32px)', p: 1.5, display: 'grid', gap: 1 }}
      data-testid="emoji-picker"
    >
      <TextField
        size="small"
        autoFocus
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={t('composer.emojiSearch')}
        slotProps={{ htmlInput: { 'aria-label': t('composer.emojiSearch'), 'data-testid': 'emoji-search' } }}
      />
      <Box sx={{ maxHeight: 280, overflowY: 'auto', display: 'grid', gap: 1 }}>
        {groups.length === 0 && (
          <Typography variant="body2" sx={{ color: 'text.secondary', p: 1 }}>
            {t('composer.emojiNone')}
          </Typography>
        )}
        {groups.map((group) => (
          <Box key={group.id} component="section" aria-label={t(`composer.emojiGroups.${group.id}`)}>
            <Typography variant="caption" component="h3" sx={{ color: 'text.secondary', fontWeight: 500, mb: 0.5 }}>
              {t(`composer.emojiGroups.${group.id}`)}
            </Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(8, 1fr)', gap: 0.25 }}>
              {group.emoji.map(([emoji]) => (
                <ButtonBase
                  key={emoji}
                  onClick={() => onPick(emoji)}
                  data-testid="emoji-option"
                  sx={{
                    fontSize: 22,
                    lineHeight: 1,
                    height: 36,
                    borderRadius: 1,
                    '&:hover, &.Mui-focusVisible': { bgcolor: 'action.hover' },
                    '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineStyle: 'solid' },
                  }}
                >
                  {emoji}
                </ButtonBase>
              ))}
            </Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
}

function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
