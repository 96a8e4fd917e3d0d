import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Fieldset,
  Group,
  List,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/states.js';
import { AgreementDownload } from '../../components/AgreementDownload.js';
import { errorMessage } from '../../errors/error-message.js';
import { formatDate, formatDateTime } from '../../format.js';
import type { EmployerProgrammeFieldsFragment, UpdateProgrammeInput } from '../../graphql/generated/graphql.js';
import {
  EmployerProgrammeQuery,
  StartProgrammeMutation,
  SubmitProgrammeMutation,
  UpdateProgrammeMutation,
  WithdrawProgrammeMutation,
} from './documents.js';
import { fieldErrors, formFieldOf } from './field-errors.js';
import { EmployerPage, StatusBadge } from './parts.js';
import { ProgrammeTimeline } from './ProgrammeTimeline.js';
import { BonusMilestones } from './ProgrammesPage.js';

type Programme = EmployerProgrammeFieldsFragment;

const EDITABLE = ['DRAFT', 'CHANGES_REQUESTED'];
const WITHDRAWABLE = ['DRAFT', 'CHANGES_REQUESTED', 'PENDING_APPROVAL', 'APPROVED'];

interface Period {
  key: number;
  startDate: string;
  endDate: string;
  description: string;
}

interface Draft {
  startDate: string;
  endDate: string;
  weeklyWorkHours: number | string;
  hourlyWageDkk: number | string;
  collectiveAgreement: string;
  unionId: string | null;
  schoolPeriods: Period[];
  employeeRepresentativeStatement: string;
  noOrdinaryEmploymentLast3Months: boolean;
}

let nextKey = 0;

function draftOf(programme: Programme): Draft {
  return {
    startDate: programme.startDate,
    endDate: programme.endDate,
    weeklyWorkHours: programme.weeklyWorkHours,
    hourlyWageDkk: programme.hourlyWageDkk ?? '',
    collectiveAgreement: programme.collectiveAgreement ?? '',
    unionId: programme.union?.id ?? null,
    schoolPeriods: programme.schoolPeriods.map((p) => ({
      key: nextKey++,
      startDate: p.startDate,
      endDate: p.endDate,
      description: p.description ?? '',
    })),
    employeeRepresentativeStatement: programme.employeeRepresentativeStatement ?? '',
    noOrdinaryEmploymentLast3Months: programme.noOrdinaryEmploymentLast3Months,
  };
}

/** Periods with both dates go to the API; a half-typed one waits. */
const completePeriods = (draft: Draft) => draft.schoolPeriods.filter((p) => p.startDate && p.endDate);

function inputOf(draft: Draft, programme: Programme): UpdateProgrammeInput {
  return {
    startDate: draft.startDate || undefined,
    // IGU computes its end; the others need one.
    ...(programme.kind === 'IGU' ? {} : { endDate: draft.endDate || null }),
    weeklyWorkHours: draft.weeklyWorkHours === '' ? undefined : Number(draft.weeklyWorkHours),
    hourlyWageDkk: draft.hourlyWageDkk === '' ? null : Number(draft.hourlyWageDkk),
    collectiveAgreement: draft.collectiveAgreement.trim() || null,
    // The position's union is the programme's; only a programme without one chooses.
    ...(programme.position.union ? {} : { unionId: draft.unionId }),
    schoolPeriods: completePeriods(draft).map((p) => ({
      startDate: p.startDate,
      endDate: p.endDate,
      description: p.description.trim() || null,
    })),
    employeeRepresentativeStatement: draft.employeeRepresentativeStatement.trim() || null,
    noOrdinaryEmploymentLast3Months: draft.noOrdinaryEmploymentLast3Months,
  };
}

/** `/employer/programmes/:id`: build an accepted proposal's programme, saved as a DRAFT after every change. */
export default function ProgrammeBuilderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(EmployerProgrammeQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (!data?.programme) {
    return (
      <EmployerPage title={t('employer.builder.title')}>
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />}
      </EmployerPage>
    );
  }
  return <Builder key={data.programme.id} programme={data.programme} unions={data.unions} />;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'error';

function Builder({ programme, unions }: { programme: Programme; unions: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(programme));
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [withdrawOpen, setWithdrawOpen] = useState(false);
  const [withdrawReason, setWithdrawReason] = useState('');
  const [update] = useMutation(UpdateProgrammeMutation);
  const [submit, submitting] = useMutation(SubmitProgrammeMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawProgrammeMutation);
  const [start, starting] = useMutation(StartProgrammeMutation);

  // One save at a time, always with the version the last one returned; a change during a save is saved after it.
  const version = useRef(programme.version);
  const saving = useRef(false);
  const pending = useRef<Draft | null>(null);
  version.current = Math.max(version.current, programme.version);

  const save = async (next: Draft): Promise<void> => {
    if (saving.current) {
      pending.current = next;
      return;
    }
    saving.current = true;
    setSaveState('saving');
    try {
      const { data } = await update({ variables: { id: programme.id, expectedVersion: version.current, input: inputOf(next, programme) } });
      version.current = data!.updateProgramme.version;
      setSaveError(null);
      setSaveState('saved');
    } catch (failure) {
      setSaveError(failure);
      setSaveState('error');
    } finally {
      saving.current = false;
      const queued = pending.current;
      pending.current = null;
      if (queued) await save(queued);
    }
  };
  // Leaving the page within the delay still saves the last change.
  const saveSoon = useDebouncedCallback((next: Draft) => void save(next), { delay: 400, flushOnUnmount: true });

  const change = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setSaveState('saving');
    saveSoon(next);
  };
  const changePeriod = (key: number, patch: Partial<Period>) =>
    change({ schoolPeriods: draft.schoolPeriods.map((p) => (p.key === key ? { ...p, ...patch } : p)) });

  const editable = EDITABLE.includes(programme.status);
  const violations = programme.ruleViolations;
  const busy = saveState === 'saving';
  const inputErrors = fieldErrors(saveError, t);
  const violationOf = (field: string) => {
    const found = violations.find((v) => formFieldOf(v.field) === field);
    return inputErrors[field] ?? (found ? ruleText(found.code) : undefined);
  };
  const ruleText = (code: string) => t(`employer.rules.${code}`, { defaultValue: t('employer.rules.unknown', { code }) });
  const sentPeriods = completePeriods(draft);
  const periodError = (period: Period) => {
    const index = sentPeriods.indexOf(period);
    const found = index >= 0 && violations.find((v) => v.field?.startsWith(`input.schoolPeriods[${index}]`));
    return found ? ruleText(found.code) : undefined;
  };

  const act = async (work: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await work();
    } catch (failure) {
      setActionError(failure);
    }
  };

  return (
    <EmployerPage
      title={t('employer.builder.title')}
      intro={t('employer.builder.intro', { reference: programme.candidate.reference, position: programme.position.title })}
      actions={
        <>
          {programme.status === 'APPROVED' && (
            <Button
              loading={starting.loading}
              onClick={() => void act(() => start({ variables: { id: programme.id, expectedVersion: version.current } }))}
            >
              {t('employer.programmes.start')}
            </Button>
          )}
          {WITHDRAWABLE.includes(programme.status) && (
            <Button color="red.9" variant="outline" onClick={() => setWithdrawOpen((v) => !v)}>
              {t('employer.builder.withdraw')}
            </Button>
          )}
        </>
      }
    >
      <Group gap="xs">
        <StatusBadge kind="programme" status={programme.status} />
        <Badge variant="outline" color="gray" c="dark">
          {t(`employer.kind.${programme.kind}`)}
        </Badge>
        {programme.registrationDeadline && (
          <Text size="sm">{t('employer.programmes.registrationDeadline', { date: formatDate(programme.registrationDeadline) })}</Text>
        )}
        <Anchor component={Link} to={`/employer/positions/${programme.position.id}`} underline="always" size="sm">
          {programme.position.title}
        </Anchor>
      </Group>
      {programme.kind === 'IGU' && <AgreementDownload programmeId={programme.id} />}

      {actionError != null && (
        <Alert color="red" role="alert">
          {errorMessage(actionError, t)}
        </Alert>
      )}
      {withdrawOpen && (
        <Card withBorder>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!withdrawReason.trim()) return;
              void act(async () => {
                await withdraw({ variables: { id: programme.id, reason: withdrawReason.trim() } });
                setWithdrawOpen(false);
              });
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t('employer.builder.withdrawReason')}
                required
                value={withdrawReason}
                onChange={(e) => setWithdrawReason(e.currentTarget.value)}
              />
              <Group>
                <Button type="submit" color="red.9" loading={withdrawing.loading} disabled={!withdrawReason.trim()}>
                  {t('employer.builder.confirmWithdraw')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      )}

      {programme.approvals.length > 0 && (
        <Card withBorder component="section" aria-labelledby="approvals-heading">
          <Title order={3} size="h4" id="approvals-heading">
            {t('employer.builder.approvals')}
          </Title>
          <List>
            {programme.approvals.map((approval) => (
              <List.Item key={approval.decidedAt}>
                {t(`employer.decision.${approval.decision}`)} · {formatDateTime(approval.decidedAt)}
                {approval.comment ? `: ${approval.comment}` : ''}
              </List.Item>
            ))}
          </List>
        </Card>
      )}

      <ProgrammeTimeline
        startDate={programme.startDate}
        endDate={programme.endDate}
        periods={sentPeriods}
        schoolWeeks={programme.totalSchoolWeeks}
      />

      <RuleCheck
        violations={violations.map((v) => ({ key: `${v.code}-${v.field}`, text: ruleText(v.code) }))}
        busy={busy}
        editable={editable}
        saveState={saveState}
      />
      {saveError != null && (
        <Alert color="red" role="alert">
          {errorMessage(saveError, t)}
        </Alert>
      )}

      <Fieldset legend={t('employer.builder.terms')} disabled={!editable}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('employer.builder.startDate')}
            required
            value={draft.startDate}
            onChange={(e) => change({ startDate: e.currentTarget.value })}
            error={violationOf('startDate')}
          />
          {programme.kind === 'IGU' ? (
            <TextInput
              label={t('employer.builder.endDate')}
              value={formatDate(programme.endDate)}
              readOnly
              description={t('employer.builder.endDateIgu')}
            />
          ) : (
            <TextInput
              type="date"
              label={t('employer.builder.endDate')}
              required
              value={draft.endDate}
              onChange={(e) => change({ endDate: e.currentTarget.value })}
              error={violationOf('endDate')}
            />
          )}
          <NumberInput
            label={t('employer.builder.weeklyHours')}
            required
            min={1}
            max={37}
            decimalScale={1}
            value={draft.weeklyWorkHours}
            onChange={(value) => change({ weeklyWorkHours: value })}
            error={violationOf('weeklyWorkHours')}
          />
          <NumberInput
            label={t('employer.position.hourlyWage')}
            min={0}
            decimalScale={2}
            decimalSeparator=","
            value={draft.hourlyWageDkk}
            onChange={(value) => change({ hourlyWageDkk: value })}
            error={violationOf('hourlyWageDkk')}
          />
          <Select
            label={t('employer.position.union')}
            data={unions.map((u) => ({ value: u.id, label: u.name }))}
            value={programme.position.union?.id ?? draft.unionId}
            onChange={(value) => change({ unionId: value })}
            disabled={!!programme.position.union || !editable}
            description={programme.position.union ? t('employer.builder.unionFromPosition') : undefined}
            error={violationOf('unionId')}
          />
          <TextInput
            label={t('employer.position.collectiveAgreement')}
            value={draft.collectiveAgreement}
            onChange={(e) => change({ collectiveAgreement: e.currentTarget.value })}
            error={violationOf('collectiveAgreement')}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('employer.builder.schoolPeriods')} disabled={!editable}>
        <Stack gap="sm">
          <Text size="sm">{t('employer.builder.schoolWeeks', { weeks: programme.totalSchoolWeeks })}</Text>
          {violationOf('schoolPeriods') && (
            <Text size="sm" c="red.9">
              {violationOf('schoolPeriods')}
            </Text>
          )}
          {draft.schoolPeriods.map((period, index) => (
            <Card withBorder key={period.key} p="sm" component="fieldset" aria-label={t('employer.builder.period', { n: index + 1 })}>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                <TextInput
                  type="date"
                  label={t('employer.builder.periodStart', { n: index + 1 })}
                  value={period.startDate}
                  onChange={(e) => changePeriod(period.key, { startDate: e.currentTarget.value })}
                  error={periodError(period)}
                />
                <TextInput
                  type="date"
                  label={t('employer.builder.periodEnd', { n: index + 1 })}
                  value={period.endDate}
                  onChange={(e) => changePeriod(period.key, { endDate: e.currentTarget.value })}
                />
                <Group align="flex-end" gap="xs" wrap="nowrap">
                  <TextInput
                    flex={1}
                    label={t('employer.builder.periodDescription', { n: index + 1 })}
                    value={period.description}
                    onChange={(e) => changePeriod(period.key, { description: e.currentTarget.value })}
                  />
                  <ActionIcon
                    variant="outline"
                    color="red.9"
                    size="lg"
                    aria-label={t('employer.builder.removePeriod', { n: index + 1 })}
                    onClick={() => change({ schoolPeriods: draft.schoolPeriods.filter((p) => p.key !== period.key) })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </SimpleGrid>
            </Card>
          ))}
          <Group>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() =>
                change({ schoolPeriods: [...draft.schoolPeriods, { key: nextKey++, startDate: '', endDate: '', description: '' }] })
              }
            >
              {t('employer.builder.addPeriod')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('employer.builder.declarations')} disabled={!editable}>
        <Stack gap="sm">
          <Checkbox
            label={t('employer.builder.noOrdinaryEmployment')}
            checked={draft.noOrdinaryEmploymentLast3Months}
            onChange={(e) => change({ noOrdinaryEmploymentLast3Months: e.currentTarget.checked })}
            error={violationOf('noOrdinaryEmploymentLast3Months')}
          />
          <Textarea
            label={t('employer.builder.employeeStatement')}
            description={programme.kind === 'IGU' ? undefined : t('employer.builder.employeeStatementRequired')}
            value={draft.employeeRepresentativeStatement}
            onChange={(e) => change({ employeeRepresentativeStatement: e.currentTarget.value })}
            error={violationOf('employeeRepresentativeStatement')}
          />
        </Stack>
      </Fieldset>

      {programme.bonusMilestones.length > 0 && <BonusMilestones milestones={programme.bonusMilestones} />}

      {editable && (
        <Stack gap={4} align="flex-start">
          <Button
            loading={submitting.loading}
            disabled={violations.length > 0 || busy}
            aria-describedby="submit-help"
            onClick={() => void act(() => submit({ variables: { id: programme.id, expectedVersion: version.current } }))}
          >
            {t('employer.builder.submit')}
          </Button>
          <Text size="sm" id="submit-help">
            {violations.length > 0
              ? t('employer.builder.submitBlocked', { count: violations.length })
              : busy
                ? t('employer.builder.saving')
                : t('employer.builder.submitReady')}
          </Text>
        </Stack>
      )}
    </EmployerPage>
  );
}

/** The rules the saved draft breaks, re-checked by the API after every change. */
function RuleCheck(props: { violations: { key: string; text: string }[]; busy: boolean; editable: boolean; saveState: SaveState }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="rules-heading">
      <Group justify="space-between">
        <Title order={3} size="h4" id="rules-heading">
          {t('employer.builder.rules')}
        </Title>
        {props.editable && (
          <Text size="sm" role="status" aria-live="polite" data-testid="save-state">
            {props.saveState === 'saving' ? t('employer.builder.saving') : props.saveState === 'saved' ? t('employer.builder.saved') : ''}
          </Text>
        )}
      </Group>
      {props.violations.length === 0 ? (
        <Alert color="green" data-testid="rules-ok">
          {t('employer.builder.rulesOk')}
        </Alert>
      ) : (
        <Alert
          color="orange"
          title={t('employer.builder.violations', { count: props.violations.length })}
          // Mantine's orange title is below 4.5:1 on its light background.
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
          data-testid="violations"
        >
          <List size="sm">
            {props.violations.map((violation) => (
              <List.Item key={violation.key}>{violation.text}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
