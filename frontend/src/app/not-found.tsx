import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/use-page-title';

export function NotFoundRoute() {
  const { t } = useTranslation();
  usePageTitle(t('app.notFoundTitle'));
  return (
    <>
      <h1 className="utrecht-heading-1">{t('app.notFoundTitle')}</h1>
      <p>{t('app.notFoundBody')}</p>
      <p>
        <Link className="utrecht-link" to="/">
          {t('app.backHome')}
        </Link>
      </p>
    </>
  );
}
