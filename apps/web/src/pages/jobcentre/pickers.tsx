import { useQuery } from '@apollo/client/react';
import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useRef, useState } from 'react';
import { graphql } from '../../graphql/generated/index.js';

const OccupationSearchQuery = graphql(`
  query JobcentreOccupationSearch($search: String) {
    occupations(first: 30, search: $search) {
      code
      title
    }
  }
`);

const SkillSearchQuery = graphql(`
  query JobcentreSkillSearch($search: String) {
    skills(first: 30, search: $search) {
      code
      label
    }
  }
`);

export interface CodeLabel {
  code: string;
  label: string;
}

type PickerProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchable'> & {
  value: string[];
  onChange: (value: string[]) => void;
  /** Labels of codes already chosen (from a loaded record), so their pills read well before any search. */
  known?: readonly CodeLabel[];
};

/**
 * A multi-select over a catalogue searched on the server; labels of chosen
 * codes are remembered so a new search does not turn them into bare codes.
 */
function SearchPicker({
  value,
  onChange,
  known = [],
  useFound,
  ...props
}: PickerProps & { useFound: (search: string | null) => CodeLabel[] }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const results = useFound(debounced || null);
  const labels = useRef(new Map<string, string>());
  for (const { code, label } of [...known, ...results]) labels.current.set(code, label);
  const options = useMemo(() => {
    const codes = new Set([...value, ...results.map((r) => r.code)]);
    return [...codes].map((code) => ({ value: code, label: labels.current.get(code) ?? code }));
  }, [results, value]);
  return (
    <MultiSelect
      {...props}
      searchable
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
    />
  );
}

function useOccupations(search: string | null): CodeLabel[] {
  const { data } = useQuery(OccupationSearchQuery, { variables: { search } });
  return useMemo(() => (data?.occupations ?? []).map((o) => ({ code: o.code, label: `${o.code} ${o.title}` })), [data]);
}

function useSkills(search: string | null): CodeLabel[] {
  const { data } = useQuery(SkillSearchQuery, { variables: { search } });
  return useMemo(() => data?.skills ?? [], [data]);
}

/** ISCO-08 occupations: digits match a code prefix, words the title. */
export function OccupationPicker(props: PickerProps) {
  return <SearchPicker {...props} useFound={useOccupations} />;
}

export function SkillPicker(props: PickerProps) {
  return <SearchPicker {...props} useFound={useSkills} />;
}
