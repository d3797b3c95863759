// RFC 9457 problem details from the API, as one typed error the UI can show.

import type { components } from '@/api/generated/schema';

export type FieldErrorCode = components['schemas']['FieldErrorCode'];
export type ProblemCode = components['schemas']['ProblemCode'];
export type Params = Record<string, string>;

/** One refused field: the code and params are what the SPA words; the message is English for developers. */
export interface FieldError {
  field: string;
  message: string;
  code: FieldErrorCode;
  params: Params;
}

const PROBLEM_PREFIX = 'urn:aanjager:problem:';

interface ProblemInit {
  status: number;
  type?: string;
  title?: string;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  existing?: string;
  code?: ProblemCode;
  params?: Params;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readParams(value: unknown): Params {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, String(item)]));
}

function readFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!isRecord(item)) return [];
    const field = typeof item.field === 'string' ? item.field : '';
    const message = typeof item.message === 'string' ? item.message : '';
    const code = typeof item.code === 'string' ? (item.code as FieldErrorCode) : 'INVALID';
    return message || item.code ? [{ field, message, code, params: readParams(item.params) }] : [];
  });
}

/** The last segment of a field path: "createPartner.request.name" and "name" both give "name". */
export function fieldKey(field: string): string {
  const segments = field.split('.');
  return segments[segments.length - 1] ?? field;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors: FieldError[];
  /** For a conflict with an existing record: that record's API path, e.g. /api/companies/12. */
  readonly existing?: string;
  /** What went wrong, finer than the type; worded by lib/problem-text with the params. */
  readonly code?: ProblemCode;
  readonly params: Params;

  constructor(init: ProblemInit) {
    const title = init.title || `HTTP ${init.status}`;
    super(init.detail ? `${title}: ${init.detail}` : title);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.type = init.type || 'about:blank';
    this.title = title;
    this.detail = init.detail;
    this.instance = init.instance;
    this.errors = init.errors ?? [];
    this.existing = init.existing;
    this.code = init.code;
    this.params = init.params ?? {};
  }

  /** "validation", "precondition-failed", … for Aanjager problem types; undefined otherwise. */
  get slug(): string | undefined {
    return this.type.startsWith(PROBLEM_PREFIX) ? this.type.slice(PROBLEM_PREFIX.length) : undefined;
  }

  /** The record changed since it was read (412): the user must reload. */
  get isStale(): boolean {
    return this.status === 412 || this.slug === 'precondition-failed';
  }

  /**
   * A 403 that names the fields it refuses (e.g. another partner's id in a filter, or a stage
   * credit through a source the caller does not own): the operation is allowed, that value is not.
   */
  get isForbiddenValue(): boolean {
    return this.status === 403 && this.errors.length > 0;
  }

  /** Field errors keyed by field name (last path segment), the first per field. */
  get fieldErrors(): Record<string, FieldError> {
    const result: Record<string, FieldError> = {};
    for (const error of this.errors) {
      const key = fieldKey(error.field);
      if (key && !(key in result)) result[key] = error;
    }
    return result;
  }

  /** Builds the error from a non-2xx response and its (already parsed) body. */
  static fromResponse(response: Response, body: unknown): ApiProblem {
    if (isRecord(body)) {
      return new ApiProblem({
        status: typeof body.status === 'number' ? body.status : response.status,
        type: typeof body.type === 'string' ? body.type : undefined,
        title: typeof body.title === 'string' ? body.title : response.statusText,
        detail: typeof body.detail === 'string' ? body.detail : undefined,
        instance: typeof body.instance === 'string' ? body.instance : undefined,
        errors: readFieldErrors(body.errors ?? body.violations),
        existing: typeof body.existing === 'string' ? body.existing : undefined,
        code: typeof body.code === 'string' ? (body.code as ProblemCode) : undefined,
        params: readParams(body.params),
      });
    }
    return new ApiProblem({
      status: response.status,
      title: response.statusText,
      detail: typeof body === 'string' && body.length < 500 ? body || undefined : undefined,
    });
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}
