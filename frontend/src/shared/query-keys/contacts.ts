// The query keys of contact persons. A company's contact persons are read under its scope
// (companyKeys.scope), so a change to the company's history refreshes them; the contacts
// section, the activity, referral and ambassador forms and the company picker all read them.
import { companyKeys } from '@/shared/query-keys/companies';

export const contactKeys = {
  ofCompany: (companyId: number) => [...companyKeys.scope(companyId), 'contacts'] as const,
};
