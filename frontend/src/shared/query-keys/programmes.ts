// The query keys of programmes, their funnel stages and targets: one factory for the programmes
// feature, which edits them, and the reference lists every other feature picks from
// (shared/reference/programmes), so a renamed stage or a new programme shows everywhere at once.
export const programmeKeys = {
  all: ['programmes'] as const,
  lists: () => [...programmeKeys.all, 'list'] as const,
  list: <P extends object>(params: P) => [...programmeKeys.lists(), params] as const,
  /** Every programme by name, for pickers and labels: under the lists, so an edit refreshes it. */
  directory: () => [...programmeKeys.lists(), 'directory'] as const,
  detail: (id: number) => [...programmeKeys.all, 'detail', id] as const,
  stages: (id: number) => [...programmeKeys.detail(id), 'stages'] as const,
  targets: (id: number) => [...programmeKeys.detail(id), 'targets'] as const,
};
