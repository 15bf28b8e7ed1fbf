/** The page number in the address (`?page=`): a positive integer, else the first page. */
export function pageFromParam(value: string | null): number {
  if (value === null || !/^\d+$/.test(value)) return 1;
  const page = Number.parseInt(value, 10);
  return page >= 1 && Number.isSafeInteger(page) ? page : 1;
}
