import { Router, type Request } from 'express';
import { authUser, isAuth, type AuthUser } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { pageNumberOf, routeId } from '../input.ts';
import type { CompanyRow, PlanRow } from '../rows.ts';
import { companyJson, companySettings, planJson } from '../serialize.ts';

const PAGE_SIZE = 20;
const FORBIDDEN = 'Você não possui permissão para acessar este recurso!';

/** Atendechat's isSuper middleware answers 401 with this sentence. */
function requireSuper(req: Request): AuthUser {
  const me = authUser(req);
  if (!me.super) throw new AppError('Acesso não permitido', 401);
  return me;
}

export function companyRoutes(ctx: AppContext): Router {
  const { db } = ctx;
  const auth = isAuth(db, ctx.tokens);
  const router = Router();

  router.get('/companies', auth, (req, res) => {
    requireSuper(req);
    const count = db.one<{ n: number }>('SELECT COUNT(*) AS n FROM companies')?.n ?? 0;
    const offset = (pageNumberOf(req) - 1) * PAGE_SIZE;
    const rows = db.all<CompanyRow>(
      'SELECT * FROM companies ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?',
      PAGE_SIZE,
      offset,
    );
    res.json({ companies: rows.map(companyJson), count, hasMore: count > offset + rows.length });
  });

  router.get('/companies/list', auth, (req, res) => {
    requireSuper(req);
    const rows = db.all<CompanyRow>('SELECT * FROM companies ORDER BY id');
    res.json(
      rows.map((c) => {
        const plan = db.one<PlanRow>('SELECT * FROM plans WHERE id = ?', c.planId);
        return {
          ...companyJson(c),
          plan: plan ? { id: plan.id, name: plan.name, value: plan.value } : null,
          settings: companySettings(db, c.id),
        };
      }),
    );
  });

  // The plan's limits for the frontend: own company only, unless super (then any).
  router.get('/companies/listPlan/:companyId', auth, (req, res) => {
    const me = authUser(req);
    const id = routeId(req, 'companyId');
    if (!me.super && id !== me.companyId) throw new AppError(FORBIDDEN);
    const company = db.one<CompanyRow>('SELECT * FROM companies WHERE id = ?', id);
    if (!company) throw new AppError('ERR_NO_COMPANY_FOUND', 404);
    const plan = db.one<PlanRow>('SELECT * FROM plans WHERE id = ?', company.planId);
    res.json({
      id: company.id,
      name: company.name,
      email: company.email,
      status: company.status === 1,
      dueDate: company.dueDate,
      createdAt: company.createdAt,
      phone: company.phone,
      plan: plan ? planJson(plan) : null,
    });
  });

  router.get('/companies/:companyId', auth, (req, res) => {
    const me = authUser(req);
    const id = routeId(req, 'companyId');
    if (!me.super && id !== me.companyId) throw new AppError(FORBIDDEN);
    const company = db.one<CompanyRow>('SELECT * FROM companies WHERE id = ?', id);
    if (!company) throw new AppError('ERR_NO_COMPANY_FOUND', 404);
    res.json(companyJson(company));
  });

  return router;
}
