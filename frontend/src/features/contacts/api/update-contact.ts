// PUT /api/contacts/{id} with If-Match (the version from the list): a stale one gives 412.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagForVersion, unwrap } from '@/lib/api-client';
import { companyKeys } from '@/shared/query-keys/companies';
import type { Contact, ContactRequest } from '@/features/contacts/api/types';

export interface UpdateContactInput {
  contact: Pick<Contact, 'id' | 'version'>;
  body: ContactRequest;
}

export function updateContact({ contact, body }: UpdateContactInput): Promise<Contact> {
  return unwrap(
    api.PUT('/api/contacts/{id}', {
      params: { path: { id: contact.id }, header: { 'If-Match': etagForVersion(contact.version) } },
      body,
    }),
  );
}

export function useUpdateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateContact,
    onSuccess: (contact) => queryClient.invalidateQueries({ queryKey: companyKeys.scope(contact.companyId) }),
  });
}
