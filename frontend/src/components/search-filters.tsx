// A list's search form: the search box with its button, and the list's own filters beside it.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { TextField } from '@/components/form/fields';
import { MoreFilters } from '@/components/more-filters';

interface SearchFiltersProps {
  label: string;
  initialQuery: string;
  onSearch: (query: string) => void;
  /** The filters; they receive the search text as typed so far, to keep it when they change. */
  children: (currentQuery: () => string) => ReactNode;
  /** How many of the filters are set: they fold behind a button on a phone (components/more-filters). */
  activeCount: number;
}

export function SearchFilters({ label, initialQuery, onSearch, children, activeCount }: SearchFiltersProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(initialQuery);
  const currentQuery = () => query.trim();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(currentQuery());
  };

  return (
    <form role="search" className="filters" onSubmit={submit} aria-label={label}>
      <div className="filters__search">
        <TextField label={label} name="q" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        <Button type="submit" appearance="primary">
          {t('common.search')}
        </Button>
      </div>
      <MoreFilters activeCount={activeCount}>{children(currentQuery)}</MoreFilters>
    </form>
  );
}
