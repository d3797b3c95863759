// On a phone, a list's filters beyond its search box took one to one and a half screens before
// the first result: there they fold behind one button that says how many are set. From 641 px
// wide they are always shown and the button is not (styles/app.css, "small screens").
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';

interface MoreFiltersProps {
  /** How many of the folded filters are set, so that a folded panel still says they apply. */
  activeCount: number;
  children: ReactNode;
}

export function MoreFilters({ activeCount, children }: MoreFiltersProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <Button className="filters__toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {activeCount > 0 ? t('common.filters.toggleWithCount', { count: activeCount }) : t('common.filters.toggle')}
      </Button>
      <div id={id} className={open ? 'filters__more' : 'filters__more filters__more--folded'}>
        {children}
      </div>
    </>
  );
}

/** How many of these filter values are set: for {@link MoreFilters}' button. */
export function countSet(values: readonly unknown[]): number {
  return values.filter((value) => value !== undefined && value !== null && value !== '').length;
}
