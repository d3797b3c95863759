// Step 3: the user decides. Without rejected rows: import. With rejected rows: import only the
// good ones, or go back and fix the file (with the rejected rows to download) — nothing is
// imported half without the user choosing so.
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '@/components/button';
import { ProblemAlert } from '@/components/problem-alert';
import { kindParam, type ImportJob } from '@/features/imports/api/types';
import { DownloadRejectedButton } from '@/features/imports/components/download-rejected-button';

interface ConfirmStepProps {
  job: ImportJob;
  confirming: boolean;
  error: unknown;
  onConfirm: (validRowsOnly: boolean) => void;
  onBack: () => void;
}

export function ConfirmStep({ job, confirming, error, onConfirm, onBack }: ConfirmStepProps) {
  const { t } = useTranslation();
  const rejected = job.preview.rejected;
  const good = job.rowsToApply;
  const fixLink = `/imports?kind=${kindParam(job.kind)}`;
  const problem = <ProblemAlert error={error} messages={{ 409: t('imports.confirm.alreadyConfirmed') }} />;

  if (good === 0) {
    return (
      <>
        <p>{t('imports.confirm.nothing')}</p>
        {rejected > 0 && <DownloadRejectedButton jobId={job.id} />}
        <div className="button-row">
          <ButtonLink to={fixLink} appearance="primary">
            {t('imports.confirm.fix')}
          </ButtonLink>
          <Button onClick={onBack}>{t('imports.confirm.back')}</Button>
        </div>
      </>
    );
  }

  if (rejected === 0) {
    return (
      <>
        <p>{t('imports.confirm.ready', { count: good })}</p>
        {problem}
        <div className="button-row">
          <Button appearance="primary" busy={confirming} disabled={confirming} onClick={() => onConfirm(false)}>
            {confirming ? t('imports.confirm.starting') : t('imports.confirm.start')}
          </Button>
          <Button onClick={onBack}>{t('imports.confirm.back')}</Button>
        </div>
      </>
    );
  }

  return (
    <>
      <p>{t('imports.confirm.choice')}</p>
      {problem}
      <div className="import-choices">
        <section className="import-choice" aria-labelledby="import-choice-good">
          <h3 id="import-choice-good" className="utrecht-heading-3">
            {t('imports.confirm.goodOnlyTitle')}
          </h3>
          <p>{t('imports.confirm.goodOnlyText', { count: good, rejected })}</p>
          <Button appearance="primary" busy={confirming} disabled={confirming} onClick={() => onConfirm(true)}>
            {confirming ? t('imports.confirm.starting') : t('imports.confirm.goodOnly')}
          </Button>
        </section>
        <section className="import-choice" aria-labelledby="import-choice-fix">
          <h3 id="import-choice-fix" className="utrecht-heading-3">
            {t('imports.confirm.fixTitle')}
          </h3>
          <p>{t('imports.confirm.fixText')}</p>
          <DownloadRejectedButton jobId={job.id} />
          <ButtonLink to={fixLink}>{t('imports.confirm.fix')}</ButtonLink>
        </section>
      </div>
      <div className="button-row">
        <Button appearance="subtle" onClick={onBack}>
          <span aria-hidden="true">←&nbsp;</span>
          {t('imports.confirm.back')}
        </Button>
      </div>
    </>
  );
}
