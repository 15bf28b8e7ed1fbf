import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../../hooks/use-async.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { useUser } from '../../auth/session-context.tsx';
import { getCompanyPlan, type CompanyPlan } from '../api/get-company-plan.ts';
import { planLimit, planLimitRefusal, planUsage, type PlanLimitKind, type PlanUsageFigures } from '../plan-usage.ts';

export type PlanUsageState = (
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'success'; usage: PlanUsageFigures; companyPlan: CompanyPlan }
) & {
  /** True only when the plan is known and nothing more may be added (at or above the limit). */
  blocked: boolean;
  /** Fetches the plan again (after a refusal, the plan may have changed). */
  reload: () => void;
};

/** The signed-in user's company and plan, fetched on mount. */
export function useCompanyPlan() {
  const api = useApi();
  const { companyId } = useUser();
  return useAsync((signal) => getCompanyPlan(api, companyId, signal), [api, companyId]);
}

/**
 * Usage of one plan limit. `used` is the page's own count (e.g. the users list's `count`); while it is
 * undefined (the list is loading) the state is 'loading'. A plan that fails to load blocks nothing: the
 * backend still enforces the limit.
 */
export function usePlanUsage(kind: PlanLimitKind, used: number | undefined): PlanUsageState {
  const plan = useCompanyPlan();
  const { reload } = plan;
  if (plan.status === 'error') return { status: 'error', error: plan.error, blocked: false, reload };
  if (plan.status === 'loading' || used === undefined) return { status: 'loading', blocked: false, reload };
  const usage = planUsage(used, planLimit(plan.data.plan, kind));
  return { status: 'success', usage, companyPlan: plan.data, blocked: usage.atLimit, reload };
}

/**
 * The text for a creation the backend refused because of the plan's limit (any fork's wording), in the
 * user's language; undefined for any other error, which the caller shows as usual.
 */
export function usePlanLimitMessage(): (error: unknown) => string | undefined {
  const { t } = useTranslation('plan');
  return useCallback(
    (error: unknown) => {
      const kind = planLimitRefusal(error);
      return kind && t(`refused.${kind}`);
    },
    [t],
  );
}
