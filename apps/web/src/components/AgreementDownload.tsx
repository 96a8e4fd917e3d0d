import { useTranslation } from 'react-i18next';
import { DownloadButton } from './DownloadButton.js';

/** The IGU agreement and education plan (PDF) of a programme; the API decides who may have it. */
export function AgreementDownload({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  return (
    <DownloadButton
      path={`/programmes/${programmeId}/agreement.pdf`}
      filename="igu-aftale.pdf"
      label={t('downloads.agreement')}
      testId="download-agreement"
    />
  );
}
