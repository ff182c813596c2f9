import { Button } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../../lib/api-client.ts';

const FORMS = [
  { kind: 'kk1', label: 'claims.detail.forms.stageOne' },
  { kind: 'kk2', label: 'claims.detail.forms.stageTwo' },
  { kind: 'kk3', label: 'claims.detail.forms.doctor' },
] as const;

/** The accident report forms of a JKK claim (stage I, stage II, the doctor's statement), pre-filled PDFs made by the server. */
export function AccidentFormButtons({ claimId }: { claimId: number }) {
  const { t } = useTranslation();
  return (
    <>
      {FORMS.map((f) => (
        <Button
          key={f.kind}
          component="a"
          href={apiUrl(`/claims/${claimId}/forms/${f.kind}.pdf`)}
          target="_blank"
          rel="noopener"
          variant="default"
          leftSection={<IconFileTypePdf size={16} />}
        >
          {t(f.label)}
        </Button>
      ))}
    </>
  );
}
