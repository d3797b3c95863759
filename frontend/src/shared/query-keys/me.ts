// The query key of GET /api/me: who is signed in, read by the shell and every feature.
export const meKeys = {
  all: ['me'] as const,
};
