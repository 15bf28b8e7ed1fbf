import { useState, type ReactNode } from 'react';
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useReconnectEffect } from '../realtime/index.ts';
import { createQueryClient } from './query-client.ts';

/** The query cache of the signed-in pages; under <RealtimeProvider>. */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <RefetchAfterReconnect />
      {children}
    </QueryClientProvider>
  );
}

/** Events may have been missed while the socket was down: whatever is on screen is fetched again. */
function RefetchAfterReconnect() {
  const client = useQueryClient();
  useReconnectEffect(() => void client.invalidateQueries());
  return null;
}
