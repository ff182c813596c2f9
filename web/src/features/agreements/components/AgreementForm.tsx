/**
 * Create or edit an agreement. Checked in the browser with the server's own zod schema; the
 * server's field issues land on the same fields.
 */
import { Alert, Button, Card, Grid, Group, NumberInput, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createAgreementSchema, updateAgreementSchema } from '../../../../../src/agreements/schemas.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { apiIssues, mapIssues, zodIssues } from '../../../lib/form-errors.ts';
import { notifyError } from '../../../lib/notify.ts';
import type { AgreementInput } from '../api/save-agreement.ts';
import { agreementFieldOf, extraErrors, toAgreementInput, type AgreementFormValues } from '../utils/agreement-form.ts';
import { MainTermsFields } from './MainTermsFields.tsx';
import { PartyFields } from './PartyFields.tsx';
import { DayField } from '../../../components/DateFields.tsx';

interface Props {
  mode: 'create' | 'edit';
  initialValues: AgreementFormValues;
  withTerms: boolean;
  saving: boolean;
  submitLabel: string;
  onSubmit: (input: AgreementInput) => Promise<unknown>;
  onCancel: () => void;
  notice?: ReactNode;
}

/** A number already used by another agreement (409) is shown on that number's field. */
function numberConflict(error: unknown, input: AgreementInput): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return {};
  const field = (['numberPartyOne', 'numberPartyTwo'] as const).find((f) => error.message.includes(`"${input[f]}"`));
  return field ? { [field]: error.message } : {};
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={3} size="h5" mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

export function AgreementForm({ mode, initialValues, withTerms, saving, submitLabel, onSubmit, onCancel, notice }: Props) {
  const { t } = useTranslation();
  const form = useForm<AgreementFormValues>({ initialValues });
  const schema = mode === 'create' ? createAgreementSchema : updateAgreementSchema;

  const submit = form.onSubmit(async (values) => {
    const input = toAgreementInput(values, withTerms);
    const checked = schema.safeParse(input);
    const errors = {
      ...(checked.success ? {} : mapIssues(zodIssues(checked.error.issues), agreementFieldOf).fieldErrors),
      ...extraErrors(values, withTerms, { invalidRate: t('form.invalidRate'), required: t('app.required') }),
    };
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      notifyError(new Error(t('form.fixErrors')));
      return;
    }
    try {
      await onSubmit(input);
    } catch (error) {
      form.setErrors({ ...mapIssues(apiIssues(error), agreementFieldOf).fieldErrors, ...numberConflict(error, input) });
      notifyError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {notice}
        <Section title={t('form.general')}>
          <Grid gap="sm">
            <Grid.Col span={12}>
              <Textarea label={t('form.title')} withAsterisk autosize minRows={2} {...form.getInputProps('title')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('form.numberPartyOne')} withAsterisk {...form.getInputProps('numberPartyOne')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('form.numberPartyTwo')} withAsterisk {...form.getInputProps('numberPartyTwo')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DayField label={t('form.signedOn')} {...form.getInputProps('signedOn')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label={t('form.place')} {...form.getInputProps('place')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <NumberInput label={t('form.durationMonths')} withAsterisk min={1} max={240} allowDecimal={false} {...form.getInputProps('durationMonths')} />
            </Grid.Col>
          </Grid>
        </Section>
        <Section title={t('form.partyOne')}>
          <PartyFields form={form} party="partyOne" />
        </Section>
        <Section title={t('form.partyTwo')}>
          <PartyFields form={form} party="partyTwo" />
        </Section>
        <Section title={t('form.contents')}>
          <Stack gap="sm">
            <Textarea label={t('form.purpose')} description={t('form.onePerLine')} autosize minRows={3} {...form.getInputProps('purpose')} />
            <Textarea label={t('form.scope')} description={t('form.onePerLine')} autosize minRows={3} {...form.getInputProps('scope')} />
            <Textarea label={t('form.legalBases')} description={t('form.onePerLine')} autosize minRows={3} {...form.getInputProps('legalBases')} />
          </Stack>
        </Section>
        {withTerms ? (
          <Section title={t('form.mainTerms')}>
            <MainTermsFields form={form} />
          </Section>
        ) : (
          <Alert variant="light" color="blue">
            {t('form.draftTermsHint')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
