// /imports/:id — steps 2 to 5 of the import wizard, all read from the job itself, so a reload or
// a link from "Eerdere imports" lands on the right step: PREVIEWED is checking and confirming,
// QUEUED and RUNNING the progress (polled), SUCCEEDED and FAILED the result.
import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePageTitle } from '@/components/use-page-title';
import { companyKeys } from '@/shared/query-keys/companies';
import { useConfirmImport } from '@/features/imports/api/confirm-import';
import { useImport } from '@/features/imports/api/get-import';
import { isFinished, isRunning, type ImportJob } from '@/features/imports/api/types';
import { ConfirmStep } from '@/features/imports/components/confirm-step';
import { PreviewStep } from '@/features/imports/components/preview-step';
import { ProgressStep, ResultStep } from '@/features/imports/components/progress-step';
import { WizardSteps, type WizardStep } from '@/features/imports/components/wizard-steps';

function stepOf(job: ImportJob, confirming: boolean): WizardStep {
  if (isFinished(job)) return 'result';
  if (isRunning(job)) return 'progress';
  return confirming ? 'confirm' : 'preview';
}

export function ImportJobRoute() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const job = useImport(id);
  const confirmation = useConfirmImport();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const kind = job.data?.kind;
  const title = kind ? t(`imports.titleOf.${kind}`) : t('imports.title');
  usePageTitle(title);
  const step = job.data ? stepOf(job.data, confirming) : undefined;
  const finished = isFinished(job.data);

  // each step starts at its heading, for keyboard and screen reader users alike
  useEffect(() => {
    if (step) headingRef.current?.focus();
  }, [step]);

  // what an import changed shows in the lists and on the company pages
  useEffect(() => {
    if (!finished) return;
    void queryClient.invalidateQueries({ queryKey: companyKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: companyKeys.scopes() });
  }, [finished, queryClient]);

  return (
    <>
      <p className="back-link">
        <Link className="utrecht-link" to="/companies">
          <span aria-hidden="true">← </span>
          {t('companies.title')}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{title}</h1>
      {job.isPending ? (
        <Loading />
      ) : job.isError ? (
        <ProblemAlert error={job.error} />
      ) : (
        <>
          <WizardSteps current={step!} />
          <h2 ref={headingRef} tabIndex={-1} className="utrecht-heading-2 import-step-heading">
            {t(`imports.steps.${step!}`)}
          </h2>
          {step === 'preview' && (
            <PreviewStep
              job={job.data}
              onNext={() => {
                confirmation.reset();
                setConfirming(true);
              }}
            />
          )}
          {step === 'confirm' && (
            <ConfirmStep
              job={job.data}
              confirming={confirmation.isPending}
              error={confirmation.error}
              onConfirm={(validRowsOnly) => confirmation.mutate({ id, validRowsOnly })}
              onBack={() => setConfirming(false)}
            />
          )}
          {(step === 'progress' || step === 'result') && <ProgressStep job={job.data} />}
          {step === 'result' && <ResultStep job={job.data} />}
        </>
      )}
    </>
  );
}
