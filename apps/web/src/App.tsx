import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './graphql/apollo.js';
import { AppRoutes } from './routes.js';
import { SessionProvider } from './session/session.js';
import { cssVariablesResolver, theme } from './theme.js';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <ApolloProvider client={client}>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}
