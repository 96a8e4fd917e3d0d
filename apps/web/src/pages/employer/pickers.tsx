import { useQuery } from '@apollo/client/react';
import { MultiSelect, type OptionsFilter, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OccupationSearchQuery, SkillSearchQuery } from './documents.js';

export interface Option {
  value: string;
  label: string;
}

/** The server filters; Mantine must not filter again (a code typed as digits would match no title). */
const keepAll: OptionsFilter = ({ options }) => options;

/** ISCO-08 unit group, searched by title or code prefix on the server (`occupations(search)`). */
export function OccupationPicker(props: {
  value: Option | null;
  onChange(value: Option | null): void;
  error?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { data, loading } = useQuery(OccupationSearchQuery, { variables: { search: debounced || null } });
  const options = (data?.occupations ?? []).map((o) => ({ value: o.code, label: `${o.code} ${o.title}` }));
  if (props.value && !options.some((o) => o.value === props.value!.value)) options.unshift(props.value);
  return (
    <Select
      label={t('employer.position.occupation')}
      description={t('employer.position.occupationHint')}
      placeholder={t('employer.position.search')}
      required
      searchable
      clearable
      data={options}
      filter={keepAll}
      value={props.value?.value ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(value, option) => props.onChange(value ? { value, label: option.label } : null)}
      nothingFoundMessage={loading ? t('states.loading') : t('employer.position.nothingFound')}
      error={props.error}
      disabled={props.disabled}
    />
  );
}

/** Skills, searched on the server (`skills(search)`); the selected ones stay listed while another search runs. */
export function SkillsPicker(props: { value: Option[]; onChange(value: Option[]): void; error?: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { data, loading } = useQuery(SkillSearchQuery, { variables: { search: debounced || null } });
  const found = (data?.skills ?? []).map((s) => ({ value: s.code, label: s.label }));
  const options = [...props.value, ...found.filter((o) => !props.value.some((v) => v.value === o.value))];
  return (
    <MultiSelect
      label={t('employer.position.skills')}
      placeholder={t('employer.position.search')}
      searchable
      data={options}
      filter={keepAll}
      value={props.value.map((o) => o.value)}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(codes) => props.onChange(codes.map((code) => options.find((o) => o.value === code)!))}
      nothingFoundMessage={loading ? t('states.loading') : t('employer.position.nothingFound')}
      error={props.error}
    />
  );
}
