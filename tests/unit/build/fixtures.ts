import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BRANDS_DIR } from '../../../scripts/paths.ts';

/** A throw-away brands/ folder holding copies of the example brands, for tests that break them. */
export function makeBrandsDir(brands: string[] = ['cliente1', 'cliente2']): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-brands-'));
  for (const brand of brands) cpSync(join(BRANDS_DIR, brand), join(dir, brand), { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeBrandJson(brandsDir: string, brand: string, content: unknown): void {
  writeFileSync(
    join(brandsDir, brand, 'brand.json'),
    typeof content === 'string' ? content : JSON.stringify(content, null, 2),
  );
}

export const VALID_BRAND = {
  name: 'Cliente Teste',
  tabName: 'Teste | Atendimento',
  color: '#682EE3',
  apiUrl: 'https://api-teste.example.com',
};
