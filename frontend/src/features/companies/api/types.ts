// Company types, taken from the generated contract in one place (the query keys: shared/query-keys/companies).
import type { components } from '@/api/generated/schema';
import type { CompanyListFilters } from '@/shared/company-list-link';

export type Company = components['schemas']['Company'];
export type CompanyRequest = components['schemas']['CompanyRequest'];
export type CompanyPage = components['schemas']['CompanyPage'];
export type LikelyDuplicate = components['schemas']['LikelyDuplicate'];

/** '' is the API's own order: relevance when searching, else by name. */
export const COMPANY_SORTS = ['', 'name', '-name', 'kvkNumber', 'postcode', '-createdAt'] as const;
export type CompanySort = (typeof COMPANY_SORTS)[number];

/** The list's filters, including those a report's number opens (see shared/company-list-link). */
export type CompanyFilterParams = CompanyListFilters;

export interface CompanyListParams extends CompanyFilterParams {
  page: number;
  size: number;
  sort: CompanySort;
}

/** "/api/companies/12" (a problem's `existing`) → the SPA's page of that company, "/companies/12". */
export function companyPathFromApi(uri: string | undefined): string | undefined {
  const match = uri ? /\/api\/companies\/(\d+)$/.exec(uri) : null;
  return match ? `/companies/${match[1]}` : undefined;
}
