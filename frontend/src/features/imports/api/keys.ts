// The query keys of imports.
export const importKeys = {
  all: ['imports'] as const,
  lists: () => [...importKeys.all, 'list'] as const,
  list: (size: number) => [...importKeys.lists(), size] as const,
  detail: (id: number) => [...importKeys.all, 'detail', id] as const,
};
