import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  PasswordInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.js';
import { errorMessage } from '../../errors/error-message.js';
import { formatInteger } from '../../format.js';
import { graphql } from '../../graphql/generated/index.js';
import type { Role } from '../../graphql/generated/graphql.js';
import { PageFrame } from '../../components/PageFrame.js';

const UsersQuery = graphql(`
  query AdminUsers($role: Role, $after: String) {
    users(first: 50, role: $role, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
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
      }
    }
  }
`);

/** Where a new user can belong: jobcentres (through the municipalities they serve), unions, and the companies that have users. */
const OrganisationsQuery = graphql(`
  query AdminOrganisations {
    municipalities {
      code
      jobcentre {
        id
        name
      }
    }
    unions {
      id
      name
    }
    users(first: 100, role: EMPLOYER) {
      edges {
        node {
          id
          company {
            id
            name
          }
        }
      }
    }
  }
`);

const CreateUserMutation = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      role
    }
  }
`);

const ROLES: Role[] = ['JOBCENTRE', 'UNION_REP', 'EMPLOYER', 'ADMIN'];
const ORGANISATION_FIELD = { JOBCENTRE: 'jobcentreId', UNION_REP: 'unionId', EMPLOYER: 'companyId' } as const;
const collator = new Intl.Collator('da-DK');

function unique(items: readonly { id: string; name: string }[]): { value: string; label: string }[] {
  const byId = new Map(items.map((item) => [item.id, item.name]));
  return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label));
}

/** Accounts by role, and a form for new jobcentre, union, employer or admin users. */
export default function UsersPage() {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role | 'ALL'>('ALL');
  const { data, error, refetch, fetchMore } = useQuery(UsersQuery, { variables: { role: role === 'ALL' ? null : role } });
  return (
    <PageFrame title={t('pages.users.title')} intro={t('administration.users.intro')}>
      <CreateUserForm onCreated={() => void refetch()} />
      <Title order={3}>{t('administration.users.listTitle')}</Title>
      <SegmentedControl
        value={role}
        onChange={(value) => setRole(value)}
        aria-label={t('administration.users.roleFilter')}
        data={[{ value: 'ALL', label: t('administration.users.allRoles') }, ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))]}
        style={{ maxWidth: '100%', overflowX: 'auto' }}
      />
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState />
      ) : data.users.edges.length === 0 ? (
        <EmptyState message={t('administration.users.empty')} />
      ) : (
        <>
          <Text size="sm">{t('administration.users.count', { n: formatInteger(data.users.totalCount) })}</Text>
          <ScrollRegion minWidth={600} label={t('administration.users.listTitle')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('administration.users.name')}</Table.Th>
                  <Table.Th>{t('administration.users.email')}</Table.Th>
                  <Table.Th>{t('administration.users.role')}</Table.Th>
                  <Table.Th>{t('administration.users.organisation')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.users.edges.map(({ node: user }) => (
                  <Table.Tr key={user.id}>
                    <Table.Td>{user.displayName}</Table.Td>
                    <Table.Td>{user.email}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color="gray" c="dark">
                        {t(`roles.${user.role}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{user.company?.name ?? user.jobcentre?.name ?? user.union?.name ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
          {data.users.pageInfo.hasNextPage && (
            <Button
              variant="default"
              w="fit-content"
              onClick={() =>
                void fetchMore({
                  variables: { after: data.users.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    users: { ...fetchMoreResult.users, edges: [...previous.users.edges, ...fetchMoreResult.users.edges] },
                  }),
                })
              }
            >
              {t('jobcentre.showMore')}
            </Button>
          )}
        </>
      )}
    </PageFrame>
  );
}

function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const organisations = useQuery(OrganisationsQuery);
  const [create, { loading }] = useMutation(CreateUserMutation);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);
  const required = (value: unknown) => (value === '' || value == null ? t('jobcentre.form.required') : null);
  const form = useForm({
    initialValues: { role: 'JOBCENTRE' as Role, displayName: '', email: '', password: '', organisationId: null as string | null },
    validate: {
      displayName: required,
      email: required,
      password: (value) => (value.length < 12 ? t('register.passwordShort') : null),
      organisationId: (value, values) => (values.role === 'ADMIN' ? null : required(value)),
    },
  });

  const options = useMemo(() => {
    const found = organisations.data;
    return {
      JOBCENTRE: unique((found?.municipalities ?? []).map((m) => m.jobcentre)),
      UNION_REP: unique(found?.unions ?? []),
      EMPLOYER: unique((found?.users.edges ?? []).flatMap(({ node }) => (node.company ? [node.company] : []))),
      ADMIN: [],
    };
  }, [organisations.data]);
  const { role } = form.values;

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setCreated(null);
    const organisation = values.role === 'ADMIN' ? {} : { [ORGANISATION_FIELD[values.role]]: values.organisationId };
    try {
      const { data } = await create({
        variables: {
          input: {
            role: values.role,
            displayName: values.displayName.trim(),
            email: values.email.trim(),
            password: values.password,
            ...organisation,
          },
        },
      });
      setCreated(data!.createUser.email);
      form.reset();
      onCreated();
    } catch (failure) {
      setError(failure);
    }
  });

  return (
    <Card withBorder component="section" aria-labelledby="create-user">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} id="create-user">
            {t('administration.users.createTitle')}
          </Title>
          {error != null && (
            <Alert color="red" role="alert">
              {errorMessage(error, t)}
            </Alert>
          )}
          {created && (
            <Alert color="green" data-testid="user-created">
              {t('administration.users.created', { email: created })}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('administration.users.role')}
              required
              allowDeselect={false}
              data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              value={role}
              onChange={(value) => {
                form.setFieldValue('role', value as Role);
                form.setFieldValue('organisationId', null);
              }}
            />
            {role !== 'ADMIN' && (
              <Select
                label={t(`administration.users.organisationOf.${role}`)}
                description={role === 'EMPLOYER' ? t('administration.users.companyHint') : undefined}
                required
                searchable
                data={options[role]}
                error={organisations.error ? errorMessage(organisations.error, t) : form.errors.organisationId}
                value={form.values.organisationId}
                onChange={(value) => form.setFieldValue('organisationId', value)}
              />
            )}
            <TextInput label={t('administration.users.name')} required autoComplete="off" {...form.getInputProps('displayName')} />
            <TextInput label={t('administration.users.email')} type="email" required autoComplete="off" {...form.getInputProps('email')} />
            <PasswordInput
              label={t('administration.users.password')}
              description={t('administration.users.passwordHint')}
              required
              autoComplete="new-password"
              {...form.getInputProps('password')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={loading}>
              {t('administration.users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
