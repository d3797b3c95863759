// Labelled form controls: the label, description and error message are bound to the
// control (htmlFor, aria-describedby, aria-invalid), styled with NL Design System CSS.
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  label: string;
  error?: string;
  description?: string;
  required?: boolean;
}

function useFieldIds(id: string | undefined) {
  const generated = useId();
  const base = id ?? generated;
  return { inputId: base, descriptionId: `${base}-description`, errorId: `${base}-error`, statusId: `${base}-status` };
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function RequiredMark() {
  const { t } = useTranslation();
  // The control's required attribute tells assistive technology; this is for the eye.
  return <span className="field-required" aria-hidden="true"> ({t('common.required')})</span>;
}

interface FieldFrameProps extends FieldProps {
  ids: ReturnType<typeof useFieldIds>;
  kind?: 'text' | 'checkbox';
  /** A note under the control that follows what is typed (see TextField's status). */
  status?: string;
  children: ReactNode;
}

function FieldFrame({ label, error, description, required, ids, kind = 'text', status, children }: FieldFrameProps) {
  const classes = ['utrecht-form-field', `utrecht-form-field--${kind}`, error && 'utrecht-form-field--invalid']
    .filter(Boolean)
    .join(' ');
  const labelElement = (
    <label
      className={kind === 'checkbox' ? 'utrecht-form-label utrecht-form-label--checkbox' : 'utrecht-form-label'}
      htmlFor={ids.inputId}
    >
      {label}
      {required && <RequiredMark />}
    </label>
  );
  return (
    <div className={classes}>
      {kind === 'checkbox' ? (
        <div className="utrecht-form-field__input checkbox-row">
          {children}
          {labelElement}
        </div>
      ) : (
        <div className="utrecht-form-field__label">{labelElement}</div>
      )}
      {description && (
        <div className="utrecht-form-field-description utrecht-form-field__description" id={ids.descriptionId}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message utrecht-form-field__error-message" id={ids.errorId}>
          {error}
        </div>
      )}
      {kind !== 'checkbox' && <div className="utrecht-form-field__input">{children}</div>}
      {status !== undefined && (
        // always in the page while the field has a status, so a screen reader hears it change
        <div className="utrecht-form-field-description field-status" id={ids.statusId} aria-live="polite">
          {status}
        </div>
      )}
    </div>
  );
}

type TextFieldProps = FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'required'> & {
    /** What the typed value means (e.g. the title of an SBI code), under the control and announced politely. */
    status?: string;
  };

export function TextField({ label, error, description, required, id, className, status, ...rest }: TextFieldProps) {
  const ids = useFieldIds(id);
  return (
    <FieldFrame label={label} error={error} description={description} required={required} ids={ids} status={status}>
      <input
        id={ids.inputId}
        className={['utrecht-textbox utrecht-textbox--html-input', error && 'utrecht-textbox--invalid', className]
          .filter(Boolean)
          .join(' ')}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(description && ids.descriptionId, error && ids.errorId, status && ids.statusId)}
        {...rest}
      />
    </FieldFrame>
  );
}

type TextAreaFieldProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'required'>;

export function TextAreaField({ label, error, description, required, id, ...rest }: TextAreaFieldProps) {
  const ids = useFieldIds(id);
  return (
    <FieldFrame label={label} error={error} description={description} required={required} ids={ids}>
      <textarea
        id={ids.inputId}
        className={['utrecht-textarea utrecht-textarea--html-textarea', error && 'utrecht-textarea--invalid']
          .filter(Boolean)
          .join(' ')}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(description && ids.descriptionId, error && ids.errorId)}
        rows={4}
        {...rest}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

type SelectFieldProps = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'required'> & {
    options: Option[];
    /** Options under a heading each (<optgroup>), after the plain options; empty groups are left out. */
    groups?: OptionGroup[];
    placeholder?: string;
  };

export function SelectField({ label, error, description, required, id, options, groups = [], placeholder, ...rest }: SelectFieldProps) {
  const ids = useFieldIds(id);
  return (
    <FieldFrame label={label} error={error} description={description} required={required} ids={ids}>
      <select
        id={ids.inputId}
        className={['utrecht-select utrecht-select--html-select', error && 'utrecht-select--invalid']
          .filter(Boolean)
          .join(' ')}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(description && ids.descriptionId, error && ids.errorId)}
        {...rest}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups
          .filter((group) => group.options.length > 0)
          .map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </FieldFrame>
  );
}

type CheckboxFieldProps = Omit<FieldProps, 'required'> & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>;

export function CheckboxField({ label, error, description, id, ...rest }: CheckboxFieldProps) {
  const ids = useFieldIds(id);
  return (
    <FieldFrame label={label} error={error} description={description} ids={ids} kind="checkbox">
      <input
        id={ids.inputId}
        type="checkbox"
        className="utrecht-checkbox utrecht-checkbox--html-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(description && ids.descriptionId, error && ids.errorId)}
        {...rest}
      />
    </FieldFrame>
  );
}

interface CheckboxGroupProps {
  legend: string;
  name: string;
  options: Option[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  description?: string;
}

/** A fieldset of checkboxes; its legend names the group, the error is bound to the group. */
export function CheckboxGroup({ legend, name, options, value, onChange, error, description }: CheckboxGroupProps) {
  const base = useId();
  const errorId = `${base}-error`;
  const descriptionId = `${base}-description`;
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((item) => item !== option));
  return (
    <fieldset
      className={['utrecht-form-fieldset utrecht-form-fieldset--html-fieldset', error && 'utrecht-form-fieldset--invalid']
        .filter(Boolean)
        .join(' ')}
      aria-describedby={describedBy(description && descriptionId, error && errorId)}
      aria-invalid={error ? true : undefined}
      id={`${name}-group`}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {description && (
        <div className="utrecht-form-field-description" id={descriptionId}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={errorId}>
          {error}
        </div>
      )}
      <div className="checkbox-grid">
        {options.map((option) => (
          <CheckboxField
            key={option.value}
            label={option.label}
            name={name}
            value={option.value}
            checked={value.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
        ))}
      </div>
    </fieldset>
  );
}
