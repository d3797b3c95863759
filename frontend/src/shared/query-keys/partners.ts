// The query keys of partners: one factory for the partners feature, which edits them, and the
// partner directory that pickers and "who did this" labels share (shared/reference/partners).
export const partnerKeys = {
  all: ['partners'] as const,
  lists: () => [...partnerKeys.all, 'list'] as const,
  list: <P extends object>(params: P) => [...partnerKeys.lists(), params] as const,
  /** Every partner by name: under the lists, so creating or renaming a partner refreshes it. */
  directory: () => [...partnerKeys.lists(), 'directory'] as const,
  detail: (id: number) => [...partnerKeys.all, 'detail', id] as const,
  /** Its row of a programme's contribution report, on its page. */
  contribution: (id: number, programmeId: number | undefined) => [...partnerKeys.detail(id), 'contribution', programmeId] as const,
};
