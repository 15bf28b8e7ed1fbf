import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** "Today", "Yesterday" or the date, between the messages of two days. */
export function DaySeparator({ label }: { label: string }) {
  return (
    <Box
      role="separator"
      aria-label={label}
      data-testid="day-separator"
      sx={{ display: 'flex', justifyContent: 'center', my: 1 }}
    >
      <Typography
        component="span"
        variant="caption"
        sx={{
          px: 1.5,
          py: 0.25,
          borderRadius: 2,
          bgcolor: 'background.paper',
          border: 1,
          borderColor: 'divider',
          color: 'text.secondary',
          fontWeight: 500,
        }}
      >
        {label}
      </Typography>
    </Box>
  );
}
