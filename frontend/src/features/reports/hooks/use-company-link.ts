// The dashboard's numbers open the companies behind them, but a partner user may not list another
// partner's relationships (the API answers 403): such a number stays a plain number. Every link
// that can name a partner (the report's partner filter, becoming creditedPartnerId; a partner's
// row of credits or outcomes) goes through this; targets, the trend and events name none.
import { useListViewer } from '@/shared/authorization';
import { openableHref } from '@/shared/company-list-link';

/** The href as the user may follow it, or undefined (no link). */
export function useCompanyLink(): (href: string | undefined) => string | undefined {
  const viewer = useListViewer();
  return (href) => openableHref(href, viewer);
}
