import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../lib/api-client.js';
import { sessionSchema, storeSession } from '../../lib/session.js';

/** POST /api/auth/masuk: the server sets the session cookie and answers with the session. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { namaPengguna: string; kataSandi: string }) =>
      apiSend('POST', '/api/auth/masuk', sessionSchema, input),
    onSuccess: (session) => {
      // Data of a previous account must not show through.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      storeSession(queryClient, session);
    },
  });
}
