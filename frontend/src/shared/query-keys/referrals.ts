// The query keys of referrals: one factory for the referrals feature, the menu's count of open
// referrals and a partner's start page. Every list sits under ['referrals', 'list'], so
// accepting, declining or sending one refreshes them all.
export const referralKeys = {
  all: ['referrals'] as const,
  lists: () => [...referralKeys.all, 'list'] as const,
  list: <P extends object>(params: P) => [...referralKeys.lists(), params] as const,
  /** How many wait in the partner's inbox: the count beside "Doorverwijzingen" in the menu. */
  openCount: () => [...referralKeys.lists(), 'open-count'] as const,
  /** The first few open ones in the inbox, on a partner's start page. */
  myWork: () => [...referralKeys.lists(), 'my-work'] as const,
};
