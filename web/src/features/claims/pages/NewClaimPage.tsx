import { Alert, Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { useEmployee } from '../../roster/index.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useOfficeToday } from '../../../lib/office-today.ts';
import { BenefitFields, ProgramOutcome } from '../../benefits/index.ts';
import { emptyBenefit, toBenefitRequest } from '../../benefits/index.ts';
import { useFileClaim, useProtection } from '../api/file-claim.ts';
import { EmployeePicker } from '../components/EmployeePicker.tsx';
import { EstimateCard } from '../components/EstimateCard.tsx';
import { IncidentFields } from '../components/IncidentFields.tsx';
import { ProtectionNotice } from '../components/ProtectionNotice.tsx';
import { checkIncident, emptyIncident, toFileClaim, type IncidentField } from '../utils/intake.ts';

const INCIDENT_FIELDS: readonly string[] = [
  'incidentDate',
  'incidentTime',
  'place',
  'chronology',
  'reporter',
  'stage1ReportedOn',
  'doctorStatementOn',
  'stage2ReportedOn',
];

/** Claim intake (PKS Pasal 5): who, what happened, the reporting dates, the benefit details; eligibility shown before filing. */
export default function NewClaimPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const file = useFileClaim();
  const today = useOfficeToday();
  const preset = Number(useSearchParams()[0].get('pegawai')) || 0; // from an employee's page
  const presetEmployee = useEmployee(preset, preset > 0);
  const [incident, setIncident] = useState(() => ({ ...emptyIncident(), employeeId: preset || null }));
  const [benefit, setBenefit] = useState(emptyBenefit);
  const [errors, setErrors] = useState<Partial<Record<IncidentField, string>>>({});
  const [serverErrors, setServerErrors] = useState<Partial<Record<IncidentField, string>>>({});
  const protection = useProtection(incident.employeeId, incident.incidentDate);
  // Paid, awaiting payment and in arrears may file (in arrears with its consequence); not covered may not.
  const agreement = protection.data && protection.data.state !== 'not_covered' ? protection.data.agreementId : null;
  const estimate = agreement ? { ...toBenefitRequest(benefit), incidentDate: incident.incidentDate, agreement } : null;

  const submit = () => {
    const found = checkIncident(incident, today);
    setErrors(found);
    setServerErrors({});
    if (Object.keys(found).length) return;
    file.mutate(toFileClaim(incident, benefit), {
      onSuccess: (claim) => void navigate(`/klaim/${claim.id}`),
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const fields: Partial<Record<IncidentField, string>> = {};
        for (const issue of error.issues) if (INCIDENT_FIELDS.includes(issue.path)) fields[issue.path as IncidentField] = issue.message;
        setServerErrors(fields);
      },
    });
  };
  if (preset && presetEmployee.isPending) return <PageLoader />;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/klaim" size="sm">
        ← {t('claims.list.title')}
      </Anchor>
      <PageHeader title={t('claims.intake.title')} subtitle={t('claims.intake.subtitle')} />
      <Card withBorder radius="md" padding="lg">
        <Stack gap="sm">
          <Text fw={600}>{t('claims.intake.participant')}</Text>
          <EmployeePicker
            initial={presetEmployee.data}
            value={incident.employeeId}
            onChange={(e) => setIncident({ ...incident, employeeId: e?.id ?? null })}
            error={errors.employeeId ? t('claims.intake.errors.employee') : undefined}
          />
          <ProtectionNotice employeeId={incident.employeeId} date={incident.incidentDate} />
        </Stack>
      </Card>
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Text fw={600}>{t('claims.intake.incident')}</Text>
          <ProgramOutcome value={benefit} onChange={setBenefit} />
          <IncidentFields value={incident} onChange={setIncident} errors={errors} />
          {Object.entries(serverErrors).map(([field, message]) => (
            <Text key={field} size="sm" c="red">
              {t(`claims.intake.fields.${field as IncidentField}`)}: {message}
            </Text>
          ))}
        </Stack>
      </Card>
      <Card withBorder radius="md" padding="lg">
        <Text fw={600} mb="sm">
          {t('claims.intake.details')}
        </Text>
        <BenefitFields value={benefit} onChange={setBenefit} hideProgramOutcome contributionHint={t('claims.intake.contributionHint')} />
      </Card>
      <EstimateCard request={estimate} />
      {file.error && (
        <Alert color="red" variant="light" data-testid="claim-error">
          {file.error.message}
        </Alert>
      )}
      <Group>
        <Button onClick={submit} loading={file.isPending}>
          {t('claims.intake.submit')}
        </Button>
        <Button variant="default" component={Link} to="/klaim">
          {t('app.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
