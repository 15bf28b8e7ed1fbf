import { createContext, use } from 'react';
import type { BrandConfig } from '../../common/brand-contract.ts';

export const BrandContext = createContext<BrandConfig | null>(null);

/** The brand this bundle was stamped with (parsed once in main.tsx). */
export function useBrand(): BrandConfig {
  const brand = use(BrandContext);
  if (!brand) throw new Error('useBrand outside <BrandContext>');
  return brand;
}
