// Previous/next paging with the current page and the number of results.
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';

interface PaginationProps {
  /** Zero-based page index, as the API counts. */
  page: number;
  size: number;
  total: number;
  /** The total is the database's estimate (a large unfiltered list): say "about". */
  approximate?: boolean;
  /** The navigation's name, when a page has two lists that page (landmarks must differ). */
  label?: string;
  onPageChange: (page: number) => void;
}

export function Pagination({ page, size, total, approximate = false, label, onPageChange }: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / Math.max(1, size)));
  return (
    <nav className="pagination" aria-label={label ?? t('pagination.label')}>
      <p className="pagination__total">
        {t(approximate ? 'pagination.aboutResults' : 'pagination.results', { count: total })}
      </p>
      {pages > 1 && (
        <div className="pagination__controls">
          <Button appearance="secondary" onClick={() => onPageChange(page - 1)} disabled={page <= 0}>
            {t('pagination.previous')}
          </Button>
          <span aria-current="page">{t('pagination.pageOf', { page: page + 1, pages })}</span>
          <Button appearance="secondary" onClick={() => onPageChange(page + 1)} disabled={page + 1 >= pages}>
            {t('pagination.next')}
          </Button>
        </div>
      )}
    </nav>
  );
}
