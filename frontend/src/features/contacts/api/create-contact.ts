// POST /api/contacts — a contact person at a company, with their consent.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { companyKeys } from '@/shared/query-keys/companies';
import type { Contact, ContactRequest } from '@/features/contacts/api/types';

export function createContact(body: ContactRequest): Promise<Contact> {
  return unwrap(api.POST('/api/contacts', { body }));
}

export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createContact,
    // the contact list and the timeline ("contact added") of the company
    onSuccess: (contact) => queryClient.invalidateQueries({ queryKey: companyKeys.scope(contact.companyId) }),
  });
}
