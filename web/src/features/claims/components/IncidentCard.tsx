import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../lib/format.ts';
import { InfoList } from '../../../components/InfoList.tsx';
import { Section } from '../../../components/Section.tsx';
import type { Claim } from '../api/types.ts';

/** What happened: when, where, how, who reported it, and the outcome. */
export function IncidentCard({ claim: c }: { claim: Claim }) {
  const { t } = useTranslation();
  return (
    <Section title={t('claims.detail.incident.title')}>
      <InfoList
        items={[
          { label: t('claims.detail.incident.date'), value: formatDateId(c.incidentDate) },
          { label: t('claims.detail.incident.time'), value: c.incidentTime || t('app.none') },
          { label: t('claims.detail.incident.place'), value: c.place, wide: true },
          { label: t('claims.detail.incident.chronology'), value: <span style={{ whiteSpace: 'pre-line' }}>{c.chronology}</span>, wide: true },
          { label: t('claims.detail.incident.reporter'), value: c.reporter },
          { label: t('claims.detail.incident.outcome'), value: t(`claims.outcome.${c.outcome}`) },
        ]}
      />
    </Section>
  );
}
