/**
 * Plan limits: how many users and WhatsApp connections the company's plan allows, for the users and
 * connections pages. Texts in the `plan` namespace (src/features/plan/locales).
 *
 * API
 * - `getCompanyPlan(api, companyId, signal?)` → `{id, name, dueDate, plan: {id, name, users, connections, queues} | null}`
 *   (`GET /companies/listPlan/:companyId`).
 * - `planUsage(used, limit)` → `{used, limit, atLimit, overBy}` (pure): `atLimit` when `used >= limit` (the
 *   backend refuses a creation from there on), `overBy` = how many must be removed after a downgrade;
 *   `limit: null` = unlimited. `planLimit(plan, 'users' | 'connections')` picks the limit from a plan.
 * - `planLimitRefusal(error)` → `'users' | 'connections' | undefined` (pure): whether a failed creation was
 *   the backend's plan-limit refusal (Atendechat: 400 "Número máximo de usuários/conexões já alcançado: N";
 *   other forks: 403 ERR_USER_CREATION_COUNT / ERR_CONNECTION_CREATION_COUNT).
 * - `usePlanUsage(kind, used)` → `PlanUsageState`: fetches the plan of the signed-in user's company and
 *   combines it with the page's own count (`undefined` while the list loads). `status` is 'loading' |
 *   'error' | 'success' (then `usage`, `companyPlan`); `blocked` is true at or above the limit (disable
 *   the add button); `reload()` fetches the plan again. A plan that fails to load blocks nothing.
 * - `usePlanLimitMessage()` → `(error) => string | undefined`: the translated "plan limit reached, contact
 *   support" text for a refusal, undefined for any other error (show those as usual). Keep the form open
 *   with its values when you show it.
 * - `<PlanUsage kind state reasonId? />`: "N of M … in use" with a bar, plus when blocked the reason
 *   (at the limit) or the "remove K" message (above it), rendered with `id={reasonId}` so the disabled add
 *   button can say `aria-describedby={state.blocked ? reasonId : undefined}`. Test ids: `plan-usage-<kind>`,
 *   `plan-at-limit`, `plan-over-limit`, `plan-usage-error` (+ `retry`), `plan-usage-loading`.
 *
 * Example (a connections page):
 *   const usage = usePlanUsage('connections', connections.status === 'success' ? connections.data.length : undefined);
 *   const refusal = usePlanLimitMessage();
 *   <PlanUsage kind="connections" state={usage} reasonId="connections-limit-reason" />
 *   <Button disabled={usage.blocked} aria-describedby={usage.blocked ? 'connections-limit-reason' : undefined}>…
 *   onError: setFormError(refusal(error) ?? errorText(error)); usage.reload(); reload the list too.
 */
export { getCompanyPlan, useCompanyPlan, type CompanyPlan, type Plan } from './api/company-plan.ts';
export { PlanUsage } from './components/plan-usage.tsx';
export { usePlanLimitMessage, usePlanUsage, type PlanUsageState } from './hooks/use-plan-usage.ts';
export {
  planLimit,
  planLimitRefusal,
  planUsage,
  type PlanLimitKind,
  type PlanUsageFigures,
} from './model/plan-usage.ts';
