// The frame around every page: skip link, header with navigation, user, language and logout. On
// a phone the navigation and the tools fold behind a menu button, so the page starts near the top.
import { useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { LanguageSwitch } from '@/components/language-switch';
import { logout } from '@/lib/auth';
import { ROLES, useActingPartner, useCan } from '@/shared/authorization';
import { useMe } from '@/shared/me';
import { useOpenReferralCount } from '@/shared/reference/open-referrals';

function UserInfo() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  const roles = me.roles.filter((role): role is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(role));
  return (
    <p className="user-info">
      <span className="visually-hidden">{t('user.signedInAs')} </span>
      <span className="user-info__name">{me.name || me.username}</span>
      {roles.length > 0 && (
        <span className="user-info__roles">
          <span className="visually-hidden">, {t('user.roles')}: </span>
          {roles.map((role) => t(`user.role.${role}`)).join(', ')}
        </span>
      )}
    </p>
  );
}

export function AppShell() {
  const { t } = useTranslation();
  // partners, programmes, companies, referrals and ambassadors are for the network (not for door volunteers)
  const seesReports = useCan('reports:read');
  const seesNetwork = useCan('companies:read');
  const seesEvents = useCan('events:read');
  const atTheDoor = useCan('checkin:use');
  const readsAudit = useCan('audit:read');
  const managesWebhooks = useCan('webhooks:manage');
  // a partner's own inbox: admin and staff have none (they look at every partner's)
  const { actsForNetwork, ownPartnerId } = useActingPartner();
  const hasOwnWork = !actsForNetwork && ownPartnerId !== undefined;
  const openReferrals = useOpenReferralCount(hasOwnWork && seesNetwork).data ?? 0;
  // open for the page it was opened on: following a link closes it
  const { key } = useLocation();
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const menuOpen = menuFor === key;
  return (
    <div className="app">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <NavLink to="/" className="app-header__brand">
            {t('app.name')}
          </NavLink>
          <button
            type="button"
            className="app-header__menu-button"
            aria-expanded={menuOpen}
            aria-controls="app-menu"
            onClick={() => setMenuFor(menuOpen ? null : key)}
          >
            <span aria-hidden="true" className="app-header__menu-icon">
              {menuOpen ? '✕' : '☰'}
            </span>
            {t('nav.menu')}
          </button>
          <div id="app-menu" className={menuOpen ? 'app-header__menu app-header__menu--open' : 'app-header__menu'}>
            <nav className="app-nav" aria-label={t('nav.label')}>
              <ul>
                {hasOwnWork && seesNetwork && (
                  <li>
                    <NavLink to="/my-work">{t('nav.myWork')}</NavLink>
                  </li>
                )}
                {seesReports && (
                  <li>
                    <NavLink to="/dashboard">{t('nav.dashboard')}</NavLink>
                  </li>
                )}
                {seesNetwork && (
                  <>
                    <li>
                      <NavLink to="/partners">{t('nav.partners')}</NavLink>
                    </li>
                    <li>
                      <NavLink to="/programmes">{t('nav.programmes')}</NavLink>
                    </li>
                    <li>
                      <NavLink to="/companies">{t('nav.companies')}</NavLink>
                    </li>
                    <li>
                      <NavLink to="/referrals">
                        {t('nav.referrals')}
                        {openReferrals > 0 && (
                          <>
                            <span className="nav-count" aria-hidden="true">
                              {openReferrals}
                            </span>
                            <span className="visually-hidden">{t('nav.openReferrals', { count: openReferrals })}</span>
                          </>
                        )}
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to="/ambassadors">{t('nav.ambassadors')}</NavLink>
                    </li>
                  </>
                )}
                {seesEvents && (
                  <li>
                    <NavLink to="/events">{t('nav.events')}</NavLink>
                  </li>
                )}
                {atTheDoor && (
                  <li>
                    <NavLink to="/check-in">{t('nav.checkin')}</NavLink>
                  </li>
                )}
                {readsAudit && (
                  <>
                    <li>
                      <NavLink to="/audit">{t('nav.audit')}</NavLink>
                    </li>
                    <li>
                      <NavLink to="/bewaartermijn">{t('nav.retention')}</NavLink>
                    </li>
                  </>
                )}
                {managesWebhooks && (
                  <li>
                    <NavLink to="/webhooks">{t('nav.webhooks')}</NavLink>
                  </li>
                )}
              </ul>
            </nav>
            <div className="app-header__tools">
              <UserInfo />
              <LanguageSwitch />
              <Button appearance="subtle" onClick={() => void logout()}>
                {t('user.logout')}
              </Button>
            </div>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
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
