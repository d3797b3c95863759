// The query keys of ambassadors: the ambassadors feature reads and edits them; erasing a contact
// person (contacts feature) invalidates them all, since the name goes from the list too.
export const ambassadorKeys = {
  all: ['ambassadors'] as const,
  lists: () => [...ambassadorKeys.all, 'list'] as const,
  list: <P extends object>(params: P) => [...ambassadorKeys.lists(), params] as const,
};
