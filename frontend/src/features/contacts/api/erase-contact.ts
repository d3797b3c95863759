// POST /api/contacts/{id}/erasure (admin) — erases the person's data everywhere; irreversible.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { companyKeys } from '@/shared/query-keys/companies';
import { ambassadorKeys } from '@/shared/query-keys/ambassadors';
import type { Contact } from '@/features/contacts/api/types';

export function eraseContact(id: number): Promise<Contact> {
  return unwrap(api.POST('/api/contacts/{id}/erasure', { params: { path: { id } } }));
}

export function useEraseContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contact: Pick<Contact, 'id' | 'companyId'>) => eraseContact(contact.id),
    // names disappear from the contact list, activities, ambassadors and the timeline
    onSuccess: (_erased, contact) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: companyKeys.scope(contact.companyId) }),
        queryClient.invalidateQueries({ queryKey: ambassadorKeys.all }),
      ]),
  });
}
