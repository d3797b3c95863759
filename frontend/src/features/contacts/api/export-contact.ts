// GET /api/contacts/{id}/export (admin) — everything held about a person, saved as a JSON file.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { companyKeys } from '@/shared/query-keys/companies';
import { saveBlob } from '@/lib/save-file';
import type { Contact, ContactExport } from '@/features/contacts/api/types';

export function exportContact(id: number): Promise<ContactExport> {
  return unwrap(api.GET('/api/contacts/{id}/export', { params: { path: { id } } }));
}

/** Offers the export to the browser as a download, e.g. contact-12-2026-11-24.json. */
export function saveAsJsonFile(data: unknown, filename: string) {
  saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), filename);
}

export function useExportContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (contact: Pick<Contact, 'id' | 'companyId'>) => {
      const data = await exportContact(contact.id);
      saveAsJsonFile(data, `contact-${contact.id}-${new Date().toISOString().slice(0, 10)}.json`);
      return data;
    },
    // the export is audited and shows on the company timeline
    onSuccess: (_data, contact) => queryClient.invalidateQueries({ queryKey: companyKeys.scope(contact.companyId) }),
  });
}
