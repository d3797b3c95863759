// Online or offline, how many check-ins wait to be sent, and what sending found.
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import type { QueuedScan } from '@/features/checkin/offline/store';

interface ConnectionStatusProps {
  offline: boolean;
  waiting: number;
  syncing: boolean;
  synced: number;
  problems: QueuedScan[];
  onDismiss: () => void;
}

export function ConnectionStatus({ offline, waiting, syncing, synced, problems, onDismiss }: ConnectionStatusProps) {
  const { t } = useTranslation();
  let text: string;
  if (offline) text = waiting > 0 ? t('checkin.offline', { count: waiting }) : t('checkin.offlineNone');
  else if (syncing) text = t('checkin.syncing');
  else if (waiting > 0) text = t('checkin.waiting', { count: waiting });
  else if (synced > 0) text = t('checkin.synced', { count: synced });
  else text = t('checkin.online');
  return (
    <div className="connection">
      <p role="status" className={`connection__state connection__state--${offline ? 'offline' : 'online'}`}>
        <span className="connection__dot" aria-hidden="true" />
        {text}
      </p>
      {problems.length > 0 && (
        <div className="utrecht-alert utrecht-alert--warning" role="alert">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <p className="alert-title">{t('checkin.syncProblems', { count: problems.length })}</p>
              <ul>
                {problems.map((scan) => (
                  <li key={scan.clientId}>
                    {scan.name ?? scan.problem?.name ?? t('checkin.feedback.unknownPerson')}:{' '}
                    {t(`eventEnums.outcome.${scan.problem?.outcome ?? 'UNKNOWN_TICKET'}`)}
                  </li>
                ))}
              </ul>
              <Button onClick={onDismiss}>{t('common.close')}</Button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
