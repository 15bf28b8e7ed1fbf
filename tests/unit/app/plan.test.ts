import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import { getCompanyPlan } from '../../../src/features/plan/api/company-plan.ts';
import { planLimit, planLimitRefusal, planUsage } from '../../../src/features/plan/model/plan-usage.ts';
import type { ApiClient } from '../../../src/lib/api-client.ts';

const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig;
const httpError = (status: number, data: unknown) =>
  new AxiosError('failed', 'ERR_BAD_REQUEST', config, {}, { status, data, statusText: '', headers: {}, config });

describe('planUsage', () => {
  it('is within the plan below the limit', () => {
    expect(planUsage(2, 10)).toEqual({ used: 2, limit: 10, atLimit: false, overBy: 0 });
  });

  it('is at the limit when the count equals it (the backend refuses from there on)', () => {
    expect(planUsage(10, 10)).toEqual({ used: 10, limit: 10, atLimit: true, overBy: 0 });
  });

  it('says how many to remove above the limit (after a downgrade)', () => {
    expect(planUsage(5, 3)).toEqual({ used: 5, limit: 3, atLimit: true, overBy: 2 });
    expect(planUsage(1, 0)).toEqual({ used: 1, limit: 0, atLimit: true, overBy: 1 });
  });

  it('limits nothing without a plan', () => {
    expect(planUsage(50, null)).toEqual({ used: 50, limit: null, atLimit: false, overBy: 0 });
  });

  it('reads the limit of each kind from the plan', () => {
    const plan = { id: 1, name: 'Plano 1', users: 4, connections: 2, queues: 10 };
    expect(planLimit(plan, 'users')).toBe(4);
    expect(planLimit(plan, 'connections')).toBe(2);
    expect(planLimit(null, 'users')).toBeNull();
  });
});

describe('planLimitRefusal', () => {
  it("recognises Atendechat's sentences (400)", () => {
    expect(planLimitRefusal(httpError(400, { error: 'Número máximo de usuários já alcançado: 10' }))).toBe('users');
    expect(planLimitRefusal(httpError(400, { error: 'Número máximo de conexões já alcançado: 3' }))).toBe(
      'connections',
    );
  });

  it("recognises the other forks' codes (403)", () => {
    expect(planLimitRefusal(httpError(403, { error: 'ERR_USER_CREATION_COUNT' }))).toBe('users');
    expect(planLimitRefusal(httpError(403, { error: 'ERR_CONNECTION_CREATION_COUNT' }))).toBe('connections');
  });

  it('ignores every other failure', () => {
    expect(planLimitRefusal(httpError(400, { error: 'An user with this email already exists.' }))).toBeUndefined();
    expect(planLimitRefusal(httpError(403, { error: 'ERR_NO_PERMISSION' }))).toBeUndefined();
    expect(planLimitRefusal(httpError(500, '<html>oops</html>'))).toBeUndefined();
    expect(planLimitRefusal(new AxiosError('Network Error', 'ERR_NETWORK', config, {}))).toBeUndefined();
    expect(planLimitRefusal(new Error('Número máximo de usuários já alcançado: 10'))).toBeUndefined();
  });
});

describe('getCompanyPlan', () => {
  const apiAnswering = (data: unknown, seen: string[] = []) =>
    ({
      get: async (url: string) => {
        seen.push(url);
        return { data };
      },
    }) as unknown as ApiClient;

  it('asks listPlan for the company and keeps the limits', async () => {
    const seen: string[] = [];
    const body = {
      id: 1,
      name: 'Empresa 1',
      email: null,
      dueDate: '2093-03-14T03:00:00.000Z',
      plan: { id: 1, name: 'Plano 1', users: 10, connections: 5, queues: 10, value: 30, useCampaigns: true },
    };
    const result = await getCompanyPlan(apiAnswering(body, seen), 1);
    expect(seen).toEqual(['/companies/listPlan/1']);
    expect(result.plan).toMatchObject({ users: 10, connections: 5 });
  });

  it('accepts a company without a plan and refuses a wrong answer', async () => {
    await expect(
      getCompanyPlan(apiAnswering({ id: 1, name: 'Empresa 1', dueDate: null, plan: null }), 1),
    ).resolves.toMatchObject({ plan: null });
    await expect(getCompanyPlan(apiAnswering('<html>proxy</html>'), 1)).rejects.toThrow(/listPlan/);
  });
});
