// The frame of the public pages (no login): skip link, header with the language choice, footer.
import { Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/language-switch';

export function PublicShell() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <a href="/publiek/bijeenkomsten" className="app-header__brand">
            {t('app.name')}
          </a>
          <div className="app-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main app-main--narrow">
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>
          {t('app.name')} — {t('app.tagline')}
        </p>
      </footer>
    </div>
  );
}
