// Tabs after the WAI-ARIA pattern: a tablist whose arrow, Home and End keys move between tabs
// (automatic activation), one tab in the tab order, and a labelled tabpanel.
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<T extends string> {
  value: T;
  label: string;
}

interface TabsProps<T extends string> {
  label: string;
  tabs: TabItem<T>[];
  value: T;
  onChange: (value: T) => void;
  children: ReactNode;
}

export function Tabs<T extends string>({ label, tabs, value, onChange, children }: TabsProps<T>) {
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(0, tabs.findIndex((tab) => tab.value === value));

  const select = (next: number) => {
    const wrapped = (next + tabs.length) % tabs.length;
    onChange(tabs[wrapped]!.value);
    refs.current[wrapped]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(next);
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tabs__list">
        {tabs.map((tab, position) => (
          <button
            key={tab.value}
            ref={(element) => {
              refs.current[position] = element;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.value}`}
            aria-selected={position === index}
            aria-controls={`${base}-panel`}
            tabIndex={position === index ? 0 : -1}
            className="tabs__tab"
            onClick={() => onChange(tab.value)}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${tabs[index]?.value}`} className="tabs__panel">
        {children}
      </div>
    </div>
  );
}
