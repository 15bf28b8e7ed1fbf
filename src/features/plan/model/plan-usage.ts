import { toApiFailure } from '../../../lib/api-errors.ts';
import type { Plan } from '../api/company-plan.ts';

/** What a plan limits and this app counts. */
export type PlanLimitKind = 'users' | 'connections';

export interface PlanUsageFigures {
  used: number;
  /** Null: the plan sets no limit (or the company has no plan). */
  limit: number | null;
  /** Nothing more can be added: `used >= limit` (the backend refuses a creation from there on). */
  atLimit: boolean;
  /** How many must be removed to get back within the plan (after a downgrade); 0 when within it. */
  overBy: number;
}

/** The plan's limit for one kind; null when there is no plan. */
export function planLimit(plan: Plan | null | undefined, kind: PlanLimitKind): number | null {
  return plan ? plan[kind] : null;
}

/** Usage against a limit. Atendechat refuses a creation when the current count is `>=` the limit. */
export function planUsage(used: number, limit: number | null): PlanUsageFigures {
  if (limit === null) return { used, limit, atLimit: false, overBy: 0 };
  return { used, limit, atLimit: used >= limit, overBy: Math.max(0, used - limit) };
}

const REFUSALS: ReadonlyArray<{ kind: PlanLimitKind; test: (error: string) => boolean }> = [
  // Atendechat: 400 "Número máximo de usuários já alcançado: 10"; other forks: 403 ERR_USER_CREATION_COUNT.
  {
    kind: 'users',
    test: (error) => /^Número máximo de usuários já alcançado/i.test(error) || error === 'ERR_USER_CREATION_COUNT',
  },
  {
    kind: 'connections',
    test: (error) =>
      /^Número máximo de conexões já alcançado/i.test(error) || error === 'ERR_CONNECTION_CREATION_COUNT',
  },
];

/** Which plan limit a failed creation ran into, if the backend refused it for that reason. */
export function planLimitRefusal(error: unknown): PlanLimitKind | undefined {
  const failure = toApiFailure(error);
  if (failure.kind !== 'http' || failure.error === undefined) return undefined;
  const text = failure.error.trim();
  return REFUSALS.find((refusal) => refusal.test(text))?.kind;
}
