// NL Design System (Utrecht) buttons and a router link styled as a button.
import type { ButtonHTMLAttributes, Ref } from 'react';
import { Link, type LinkProps } from 'react-router-dom';

type Appearance = 'primary' | 'secondary' | 'subtle' | 'danger';

const APPEARANCE: Record<Appearance, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
  danger: 'utrecht-button--primary-action utrecht-button--danger',
};

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: Appearance;
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ appearance = 'secondary', busy, className, type = 'button', ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={['utrecht-button', APPEARANCE[appearance], busy && 'utrecht-button--busy', className]
        .filter(Boolean)
        .join(' ')}
      aria-busy={busy || undefined}
      {...rest}
    />
  );
}

export function ButtonLink({ appearance = 'secondary', className, ...rest }: LinkProps & { appearance?: Appearance }) {
  return (
    <Link
      className={['utrecht-button', 'button-link', APPEARANCE[appearance], className].filter(Boolean).join(' ')}
      {...rest}
    />
  );
}
