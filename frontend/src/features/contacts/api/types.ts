// Contact person types, taken from the generated contract in one place.
import type { components } from '@/api/generated/schema';

export type Contact = components['schemas']['Contact'];
export type ContactRequest = components['schemas']['ContactRequest'];
export type ContactExport = components['schemas']['ContactExport'];
