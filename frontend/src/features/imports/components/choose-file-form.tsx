// Step 1: what to import (preset by the page the user came from), a sample file to start from,
// and the file. The API's refusal of a file is said in Dutch at the file picker.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { IMPORT_KINDS, type ImportKind } from '@/features/imports/api/types';
import type { UploadProblem } from '@/features/imports/utils/messages';

/** Sample files in public/voorbeelden, with the Dutch column names the API recognises. */
export const SAMPLE_FILES: Record<ImportKind, string> = {
  COMPANIES: '/voorbeelden/bedrijven.csv',
  CONTACTS: '/voorbeelden/contactpersonen.csv',
  ACTIVITIES: '/voorbeelden/activiteiten.csv',
};

const ACCEPT = '.csv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ChooseFileFormProps {
  kind: ImportKind;
  onKindChange: (kind: ImportKind) => void;
  uploading: boolean;
  problem: UploadProblem | null;
  onSubmit: (file: File) => void;
  /** Another file was picked: the refusal of the previous one no longer applies. */
  onFileChange: () => void;
}

export function ChooseFileForm({ kind, onKindChange, uploading, problem, onSubmit, onFileChange }: ChooseFileFormProps) {
  const { t } = useTranslation();
  const base = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const fileId = `${base}-file`;
  const error = missing ? t('imports.choose.noFile') : problem?.message;
  const describedBy = [`${fileId}-description`, error && `${fileId}-error`, problem?.detail && `${fileId}-detail`]
    .filter(Boolean)
    .join(' ');

  // a refused file: back to the picker, where the reason is read out with it
  useEffect(() => {
    if (problem) fileRef.current?.focus();
  }, [problem]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      fileRef.current?.focus();
      return;
    }
    onSubmit(file);
  };

  return (
    <form className="form import-choose" noValidate onSubmit={submit} aria-busy={uploading || undefined}>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset import-kinds">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('imports.choose.kindLegend')}
        </legend>
        {IMPORT_KINDS.map((option) => (
          <div key={option} className="import-kind">
            <input
              type="radio"
              id={`${base}-${option}`}
              name={`${base}-kind`}
              value={option}
              className="import-kind__input"
              checked={kind === option}
              onChange={() => onKindChange(option)}
              aria-describedby={`${base}-${option}-hint`}
            />
            <label htmlFor={`${base}-${option}`} className="utrecht-form-label import-kind__label">
              {t(`imports.kind.${option}`)}
            </label>
            <p id={`${base}-${option}-hint`} className="import-kind__hint">
              {t(`imports.kindHint.${option}`)}
            </p>
          </div>
        ))}
      </fieldset>

      <div className="import-sample">
        <a className="utrecht-link" href={SAMPLE_FILES[kind]} download>
          <span className="button-icon" aria-hidden="true">⤓</span>
          {t('imports.choose.sample', { kind: t(`imports.kind.${kind}`).toLowerCase() })}
        </a>
        <p className="hint">{t('imports.choose.sampleHint')}</p>
      </div>

      <div className={['utrecht-form-field', 'utrecht-form-field--text', error && 'utrecht-form-field--invalid'].filter(Boolean).join(' ')}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={fileId}>
            {t('imports.choose.file')}
          </label>
        </div>
        <div className="utrecht-form-field-description utrecht-form-field__description" id={`${fileId}-description`}>
          {t('imports.choose.fileHint')}
        </div>
        {error && (
          <div className="utrecht-form-field-error-message utrecht-form-field__error-message" id={`${fileId}-error`}>
            {error}
          </div>
        )}
        {problem?.detail && !missing && (
          <div className="utrecht-form-field-description import-problem-detail" id={`${fileId}-detail`}>
            {problem.detail}
          </div>
        )}
        {/* The native picker, transparent over a face in the user's language (the browser would
            word its button in its own): clicks anywhere on the face and the keyboard reach it. */}
        <div className="utrecht-form-field__input import-file">
          <input
            ref={fileRef}
            id={fileId}
            type="file"
            className="import-file__input"
            accept={ACCEPT}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setMissing(false);
              onFileChange();
            }}
          />
          <span className="import-file__button" aria-hidden="true">
            {t('imports.choose.pick')}
          </span>
          <span className="import-file__name" aria-hidden="true">
            {file ? file.name : t('imports.choose.nothingPicked')}
          </span>
        </div>
      </div>

      <div className="button-row">
        <Button type="submit" appearance="primary" busy={uploading} disabled={uploading}>
          {uploading ? t('imports.choose.uploading') : t('imports.choose.submit')}
        </Button>
      </div>
    </form>
  );
}
