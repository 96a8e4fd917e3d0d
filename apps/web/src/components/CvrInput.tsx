import { TextInput, type TextInputProps, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { checkCvr } from './cvr.js';

interface CvrInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: string;
  onChange: (value: string) => void;
}

/** CVR number checked as you type: the check-digit error shows once 8 digits are in (or a wrong character is). */
export function CvrInput({ value, onChange, error, ...props }: CvrInputProps) {
  const { t } = useTranslation();
  const statusId = useId();
  const check = checkCvr(value);
  const ownError = check === 'invalid' ? t('register.cvrInvalid') : undefined;
  return (
    <TextInput
      {...props}
      label={t('register.cvr')}
      description={t('register.cvrHint')}
      inputMode="numeric"
      autoComplete="off"
      maxLength={8}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value.replace(/\s/g, ''))}
      error={ownError ?? error}
      aria-describedby={check === 'valid' ? statusId : undefined}
      rightSection={check === 'valid' ? <IconCircleCheck aria-hidden color="var(--mantine-color-green-9)" /> : null}
      inputContainer={(children) => (
        <>
          {children}
          {check === 'valid' && <VisuallyHidden id={statusId}>{t('register.cvrValid')}</VisuallyHidden>}
        </>
      )}
    />
  );
}
