import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import type { PlanUsageState } from '../hooks/use-plan-usage.ts';
import type { PlanLimitKind } from '../model/plan-usage.ts';

interface PlanUsageProps {
  kind: PlanLimitKind;
  state: PlanUsageState;
  /**
   * Id given to the at-limit / over-limit explanation, so a disabled add button can point at it
   * (`aria-describedby`); the explanation is only rendered when `state.blocked`.
   */
  reasonId?: string;
}

/**
 * "N of M users used", with a bar; at the limit, why nothing more can be added; above it (after a
 * downgrade), how many must be removed. Test ids: `plan-usage-<kind>` (the count), `plan-at-limit`,
 * `plan-over-limit`, `plan-usage-error` (with a `retry` button).
 */
export function PlanUsage({ kind, state, reasonId }: PlanUsageProps) {
  const { t, ready } = useTranslation('plan');
  const { errorText } = useErrorText();

  if (!ready || state.status === 'loading') {
    return <Skeleton variant="text" width="16rem" data-testid="plan-usage-loading" />;
  }
  if (state.status === 'error') {
    return (
      <ErrorPanel
        data-testid="plan-usage-error"
        message={`${t('loadFailed')} ${errorText(state.error)}`}
        onRetry={state.reload}
      />
    );
  }

  const { used, limit, atLimit, overBy } = state.usage;
  if (limit === null) {
    return (
      <Typography variant="body2" data-testid={`plan-usage-${kind}`}>
        {t(`unlimited.${kind}`, { used })}
      </Typography>
    );
  }
  const percent = limit > 0 ? Math.min(100, (used / limit) * 100) : 100;
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Box sx={{ display: 'grid', gap: 0.5, maxWidth: '24rem' }}>
        <Typography variant="body2" data-testid={`plan-usage-${kind}`}>
          {t(`usage.${kind}`, { used, count: limit })}
        </Typography>
        <LinearProgress
          variant="determinate"
          value={percent}
          color={atLimit ? 'warning' : 'primary'}
          aria-label={t(`progressLabel.${kind}`)}
        />
      </Box>
      {overBy > 0 ? (
        <Alert severity="warning" id={reasonId} data-testid="plan-over-limit">
          {t(`overLimit.${kind}`, { used, limit, count: overBy })}
        </Alert>
      ) : (
        atLimit && (
          <Alert severity="info" id={reasonId} data-testid="plan-at-limit">
            {t(`atLimit.${kind}`, { count: limit })}
          </Alert>
        )
      )}
    </Box>
  );
}
