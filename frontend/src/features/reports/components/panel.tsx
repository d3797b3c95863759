// One panel of the dashboard: a heading, its tools (view switch, downloads), an optional note
// on which filters apply, and the content. It does not break across printed pages.
import { useId, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';

interface PanelProps {
  title: string;
  /** Controls beside the heading; hidden in print. */
  tools?: ReactNode;
  note?: string;
  wide?: boolean;
  children: ReactNode;
}

export function Panel({ title, tools, note, wide = false, children }: PanelProps) {
  const id = useId();
  return (
    <section className={wide ? 'report-panel report-panel--wide' : 'report-panel'} aria-labelledby={id}>
      <div className="report-panel__heading">
        <h2 id={id}>{title}</h2>
        {tools && <div className="report-panel__tools no-print">{tools}</div>}
      </div>
      {note && <p className="report-panel__note">{note}</p>}
      {children}
    </section>
  );
}

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}

/** Loading, error or the data; while new filters load, the previous numbers stay (dimmed). */
export function QueryState<T>({ query, children }: QueryStateProps<T>) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ProblemAlert error={query.error} />;
  return (
    <div className={query.isPlaceholderData ? 'report-panel__body report-panel__body--stale' : 'report-panel__body'} aria-busy={query.isFetching || undefined}>
      {children(query.data)}
    </div>
  );
}
