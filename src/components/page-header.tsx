import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

interface PageHeaderProps {
  title: string;
  /** The page's primary action (an add button), at the end of the line; under the title on narrow screens. */
  action?: ReactNode;
  /** More under the title: plan usage, a search field. */
  children?: ReactNode;
}

/** The top of every page: its one h1, its primary action, and what belongs with them. */
export function PageHeader({ title, action, children }: PageHeaderProps) {
  return (
    <Box component="header" sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography component="h1" variant="h4">
          {title}
        </Typography>
        {action}
      </Box>
      {children}
    </Box>
  );
}
