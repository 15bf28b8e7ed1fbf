import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompanyPlan, type CompanyPlan } from '../api/company-plan.ts';
import {
  planLimit,
  planLimitRefusal,
  planUsage,
  type PlanLimitKind,
  type PlanUsageFigures,
} from '../model/plan-usage.ts';

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

/**
 * Usage of one plan limit. `used` is the page's own count (e.g. the users list's `count`); while it is
 * undefined (the list is loading) the state is 'loading'. A plan that fails to load blocks nothing: the
 * backend still enforces the limit.
 */
export function usePlanUsage(kind: PlanLimitKind, used: number | undefined): PlanUsageState {
  const plan = useCompanyPlan();
  const { refetch } = plan;
  const reload = useCallback(() => void refetch(), [refetch]);
  if (plan.isError) return { status: 'error', error: plan.error, blocked: false, reload };
  if (plan.isPending || used === undefined) return { status: 'loading', blocked: false, reload };
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
