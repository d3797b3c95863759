// Timeline types, taken from the generated contract in one place.
import type { components } from '@/api/generated/schema';

export type TimelineItem = components['schemas']['TimelineItem'];
