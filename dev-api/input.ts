/** Small, forgiving readers for JSON and multipart bodies and query strings. */
import type { Request } from 'express';

export type Body = Record<string, unknown>;

export function bodyOf(req: Request): Body {
  const body: unknown = req.body;
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Body) : {};
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** An integer id from JSON or a form field; null for explicit null/""; undefined when absent or invalid. */
export function optionalId(value: unknown): number | null | undefined {
  if (value === null || value === '' || value === 'null') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 1 || value === '1') return true;
  if (value === 'false' || value === 0 || value === '0') return false;
  return undefined;
}

export function idList(value: unknown): number[] {
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      list = value.split(',');
    }
  }
  if (!Array.isArray(list)) return [];
  return list.map((v) => optionalId(v)).filter((v): v is number => typeof v === 'number');
}

export function queryText(req: Request, key: string): string | undefined {
  const value = (req.query as Record<string, unknown>)[key];
  return text(Array.isArray(value) ? value[0] : value);
}

export function pageNumberOf(req: Request): number {
  const n = Number(queryText(req, 'pageNumber') ?? '1');
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** `%term%` for LIKE, with LIKE's own wildcards escaped (queries use ESCAPE '\\'). */
export function likeTerm(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A route parameter as text (Express 5 types wildcard params as arrays). */
export function param(req: Request, name: string): string {
  const raw: unknown = req.params[name];
  return typeof raw === 'string' ? raw : '';
}

export function routeId(req: Request, name: string): number {
  const n = Number(param(req, name));
  return Number.isInteger(n) && n > 0 ? n : -1;
}
