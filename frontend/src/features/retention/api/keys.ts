// The query key of the retention rule's overview (its last runs and a dry run).
export const retentionKeys = { overview: ['retention'] as const };
