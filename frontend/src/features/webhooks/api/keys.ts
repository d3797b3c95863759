// The query keys of webhook subscriptions and their deliveries.
export const webhookKeys = {
  all: ['webhooks'] as const,
  lists: () => [...webhookKeys.all, 'list'] as const,
  list: (page: number) => [...webhookKeys.lists(), page] as const,
  deliveries: (id: number) => [...webhookKeys.all, 'deliveries', id] as const,
  deliveryPage: (id: number, page: number) => [...webhookKeys.deliveries(id), page] as const,
};
