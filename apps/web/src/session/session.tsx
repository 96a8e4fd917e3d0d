import { useApolloClient } from '@apollo/client/react';
import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react';
import { graphql } from '../graphql/generated/index.js';
import { closeSubscriptionSocket } from '../graphql/apollo.js';
import type { RegisterEmployerInput, SessionUserFieldsFragment } from '../graphql/generated/graphql.js';
import { millisecondsUntilRefresh, refreshAccessToken, revokeSession, setAccessToken } from './access-token.js';

export type SessionUser = SessionUserFieldsFragment;

graphql(`
  fragment SessionUserFields on User {
    id
    displayName
    role
    company {
      id
      name
    }
    jobcentre {
      id
      name
    }
    union {
      id
      name
    }
  }
`);

const MeQuery = graphql(`
  query SessionMe {
    me {
      ...SessionUserFields
    }
  }
`);

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      expiresAt
      user {
        ...SessionUserFields
      }
    }
  }
`);

const RegisterMutation = graphql(`
  mutation RegisterEmployer($input: RegisterEmployerInput!) {
    registerEmployer(input: $input) {
      accessToken
      expiresAt
      user {
        ...SessionUserFields
      }
    }
  }
`);

type SessionState = { status: 'loading' } | { status: 'signedOut' } | { status: 'signedIn'; user: SessionUser };

interface SessionValue {
  state: SessionState;
  signIn: (email: string, password: string) => Promise<SessionUser>;
  register: (input: RegisterEmployerInput) => Promise<SessionUser>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/**
 * Who is signed in. On start (and so after a reload) the httpOnly refresh
 * cookie buys an access token; a timer renews it before its 15 minutes run out.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const restore = useCallback(async () => {
    if (!(await refreshAccessToken())) {
      setState({ status: 'signedOut' });
      return;
    }
    try {
      const { data } = await client.query({ query: MeQuery, fetchPolicy: 'network-only' });
      setState(data ? { status: 'signedIn', user: data.me } : { status: 'signedOut' });
    } catch {
      setState({ status: 'signedOut' });
    }
  }, [client]);

  useEffect(() => {
    void restore();
  }, [restore]);

  useEffect(() => {
    if (state.status !== 'signedIn') return;
    let timer: ReturnType<typeof setTimeout>;
    const renew = async () => {
      if (await refreshAccessToken()) schedule();
      else setState({ status: 'signedOut' });
    };
    const schedule = () => {
      timer = setTimeout(() => void renew(), millisecondsUntilRefresh() ?? 60_000);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [state.status]);

  const value = useMemo<SessionValue>(
    () => ({
      state,
      async signIn(email, password) {
        const { data } = await client.mutate({ mutation: SignInMutation, variables: { email, password } });
        const { accessToken, expiresAt, user } = data!.login;
        setAccessToken(accessToken, expiresAt);
        setState({ status: 'signedIn', user });
        return user;
      },
      async register(input) {
        const { data } = await client.mutate({ mutation: RegisterMutation, variables: { input } });
        const { accessToken, expiresAt, user } = data!.registerEmployer;
        setAccessToken(accessToken, expiresAt);
        setState({ status: 'signedIn', user });
        return user;
      },
      async signOut() {
        await revokeSession();
        closeSubscriptionSocket(client);
        await client.clearStore();
        setState({ status: 'signedOut' });
      },
    }),
    [client, state],
  );

  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionValue {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
