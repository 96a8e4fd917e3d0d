import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { type Client, createClient } from 'graphql-ws';
import { validAccessToken } from '../session/access-token.js';

// Types the headers the auth link passes on to HttpLink (context is `any` otherwise).
declare module '@apollo/client' {
  interface DefaultContext {
    headers?: Record<string, string>;
  }
}

/**
 * Queries and mutations POST JSON (the API's CSRF prevention refuses anything
 * else); subscriptions go over graphql-ws on the same path, authenticated once
 * when the socket opens, and opened only when a screen first subscribes.
 */
const sockets = new WeakMap<ApolloClient, Client>();

/** Ends the client's graphql-ws socket at once (sign-out); the server would close it only when its token expires. */
export function closeSubscriptionSocket(client: ApolloClient): void {
  sockets.get(client)?.terminate();
}

export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink(async (previous) => {
    const token = await validAccessToken();
    return token ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } } : {};
  });
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { 'content-type': 'application/json' } });
  const socket = createClient({
    url: () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazy: true,
    connectionParams: async () => {
      const token = await validAccessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  const client = new ApolloClient({
    link: ApolloLink.split(({ query }) => isSubscriptionOperation(query), new GraphQLWsLink(socket), auth.concat(http)),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  sockets.set(client, socket);
  return client;
}
