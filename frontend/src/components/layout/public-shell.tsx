// The frame of the public pages (no login): skip link, header with the organisation (name and
// logo, when configured) and the language choice, footer with its privacy statement.
import { Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/language-switch';
import { config } from '@/config';

export function PublicShell() {
  const { t } = useTranslation();
  const { name, logoUrl, privacyUrl } = config.organisation;
  return (
    <div className="app">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <a href="/publiek/bijeenkomsten" className="app-header__brand public-brand">
            {logoUrl && <img className="public-brand__logo" src={logoUrl} alt="" />}
            {name ?? t('app.name')}
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
          {name ?? t('app.name')} — {t('app.tagline')}
        </p>
        {privacyUrl && (
          <p>
            <a className="utrecht-link app-footer__link" href={privacyUrl}>
              {t('publicEvents.privacy')}
            </a>
          </p>
        )}
      </footer>
    </div>
  );
}
