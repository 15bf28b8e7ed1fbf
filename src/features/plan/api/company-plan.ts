import * as z from 'zod/mini';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { parseAnswer } from '../../../lib/api-answer.ts';
import { useUser } from '../../../lib/auth/session-context.tsx';

const planSchema = z.object({
  id: z.number(),
  name: z.string(),
  users: z.number(),
  connections: z.number(),
  queues: z.optional(z.nullable(z.number())),
});

const companyPlanSchema = z.object({
  id: z.number(),
  name: z.string(),
  dueDate: z.optional(z.nullable(z.string())),
  /** Null when the company has no plan: nothing is limited then. */
  plan: z.nullable(planSchema),
});

export type Plan = z.infer<typeof planSchema>;
export type CompanyPlan = z.infer<typeof companyPlanSchema>;

/** `GET /companies/listPlan/:companyId`: the company with its plan's limits (users, connections, queues). */
export async function getCompanyPlan(api: ApiClient, companyId: number, signal?: AbortSignal): Promise<CompanyPlan> {
  const response = await api.get<unknown>(`/companies/listPlan/${companyId}`, signal ? { signal } : undefined);
  return parseAnswer(companyPlanSchema, response.data, 'GET /companies/listPlan');
}

export const companyPlanKeys = { all: ['company-plan'] as const };

export function companyPlanQueryOptions(api: ApiClient, companyId: number) {
  return queryOptions({
    queryKey: [...companyPlanKeys.all, companyId],
    queryFn: ({ signal }) => getCompanyPlan(api, companyId, signal),
  });
}

/** The signed-in user's company and its plan. */
export function useCompanyPlan() {
  return useQuery(companyPlanQueryOptions(useApi(), useUser().companyId));
}
