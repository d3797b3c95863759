// While a page or section loads it shows its shape in grey (rows of a table, fields of a form,
// lines of text), so the page does not jump when the data comes; screen readers hear "Laden…".
import { useTranslation } from 'react-i18next';

type Shape = 'lines' | 'table' | 'form';

const BARS: Record<Shape, number> = { lines: 3, table: 6, form: 4 };

export function Loading({ shape = 'lines' }: { shape?: Shape }) {
  const { t } = useTranslation();
  return (
    <div className={`loading loading--${shape}`} role="status" aria-busy="true">
      <span className="visually-hidden">{t('app.loading')}</span>
      {Array.from({ length: BARS[shape] }, (_, index) => (
        <span key={index} className="loading__bar" aria-hidden="true" />
      ))}
    </div>
  );
}
