// The query keys of the public event pages (no sign-in): apart from the events of the signed-in
// app, which have their own keys.
export const publicEventKeys = {
  all: ['public-events'] as const,
  list: () => [...publicEventKeys.all, 'list'] as const,
  detail: (id: number) => [...publicEventKeys.all, 'detail', id] as const,
};
