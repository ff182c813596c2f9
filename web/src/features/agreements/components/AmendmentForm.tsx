/** Records an addendum or amendment (PKS Pasal 11): its identity, new term values and document. */
import { Alert, Button, Checkbox, FileInput, Grid, Group, NativeSelect, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFileUpload, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { amendmentInputSchema } from '../../../../../src/agreements/schemas.ts';
import { readFileAsBase64 } from '../../../lib/files.ts';
import { apiIssues, mapIssues, zodIssues } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { useAddAmendment, type AmendmentInput } from '../api/save-agreement.ts';
import type { AgreementOut, TermsChangeInput, TermsField } from '../api/types.ts';
import { apiValue, newChangeRow, startValue, type ChangeRow } from '../utils/term-change.ts';
import { TermChangeRow } from './TermChangeRow.tsx';
import { DayField } from '../../../components/DateFields.tsx';

interface Values {
  kind: 'adendum' | 'amandemen';
  number: string;
  signedOn: string;
  effectiveFrom: string;
  summary: string;
  changeDuration: boolean;
  durationMonths: number | string;
  changes: ChangeRow[];
  document: File | null;
}

interface Props {
  agreement: AgreementOut;
  fields: TermsField[];
  onDone: () => void;
}

export function AmendmentForm({ agreement, fields, onDone }: Props) {
  const { t } = useTranslation();
  const save = useAddAmendment(agreement.id);
  const latestTerms = agreement.termsVersions[agreement.termsVersions.length - 1]?.terms;
  const form = useForm<Values>({
    initialValues: {
      kind: 'adendum',
      number: '',
      signedOn: '',
      effectiveFrom: '',
      summary: '',
      changeDuration: false,
      durationMonths: agreement.durationMonths,
      changes: [newChangeRow()],
      document: null,
    },
  });
  const values = form.values;

  /** Rows with a chosen term, with their index in the form (issues name the index in the payload). */
  const chosen = values.changes.map((row, index) => ({ row, index })).filter(({ row }) => row.path);

  function buildPayload(): { payload: Omit<AmendmentInput, 'document'>; errors: Record<string, string> } {
    const errors: Record<string, string> = {};
    const termsChanges: TermsChangeInput[] = chosen.map(({ row, index }) => {
      const field = fields.find((f) => f.path === row.path)!;
      const converted = apiValue(field.kind, row.value);
      if ('error' in converted) {
        errors[`changes.${index}.value`] =
          converted.error === 'required' ? t('app.required') : t(converted.error === 'invalidRate' ? 'form.invalidRate' : 'amendment.invalidJson');
      }
      return { path: row.path, value: 'value' in converted ? converted.value : null, basis: row.basis, ...(row.note.trim() ? { note: row.note.trim() } : {}) };
    });
    const payload = {
      kind: values.kind,
      number: values.number,
      signedOn: values.signedOn,
      effectiveFrom: values.effectiveFrom,
      summary: values.summary,
      termsChanges,
      ...(values.changeDuration && typeof values.durationMonths === 'number' ? { durationMonths: values.durationMonths } : {}),
    };
    return { payload, errors };
  }

  const toField = (path: string): string | null => {
    const [head, n, name] = path.split('.');
    if (head === 'termsChanges' && n !== undefined) {
      const entry = chosen[Number(n)];
      return entry ? `changes.${entry.index}.${name === 'basis' || name === 'path' ? name : 'value'}` : null;
    }
    if (head === 'document') return 'document';
    if (head && ['kind', 'number', 'signedOn', 'effectiveFrom', 'summary', 'durationMonths'].includes(head)) return head;
    // A term's own path (from the server's terms validation) points at the row that changes it.
    const row = chosen.find(({ row: r }) => path.startsWith(`${r.path}.`) || path === r.path);
    return row ? `changes.${row.index}.value` : null;
  };

  async function submit() {
    const { payload, errors } = buildPayload();
    const checked = amendmentInputSchema.safeParse(payload);
    const mapped = checked.success ? { fieldErrors: {}, other: [] } : mapIssues(zodIssues(checked.error.issues), toField);
    const all = { ...mapped.fieldErrors, ...errors };
    if (Object.keys(all).length > 0) {
      form.setErrors(all);
      return;
    }
    let document: AmendmentInput['document'];
    if (values.document) {
      document = { name: values.document.name, mime: values.document.type || 'application/pdf', contentBase64: await readFileAsBase64(values.document) };
    }
    save.mutate(
      { ...payload, ...(document ? { document } : {}) },
      {
        onSuccess: () => {
          notifySuccess(t('amendment.saved'));
          onDone();
        },
        onError: (error) => {
          form.setErrors(mapIssues(apiIssues(error), toField).fieldErrors);
          notifyError(error);
        },
      },
    );
  }

  const updateRow = (index: number, patch: Partial<ChangeRow>) => form.setFieldValue(`changes.${index}`, { ...values.changes[index]!, ...patch });

  return (
    <form onSubmit={form.onSubmit(() => void submit())} noValidate>
      <Stack gap="md">
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NativeSelect
              label={t('amendment.kind')}
              data={[
                { value: 'adendum', label: t('amendment.kinds.adendum') },
                { value: 'amandemen', label: t('amendment.kinds.amandemen') },
              ]}
              {...form.getInputProps('kind')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput label={t('amendment.number')} withAsterisk {...form.getInputProps('number')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DayField label={t('amendment.signedOn')} withAsterisk {...form.getInputProps('signedOn')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DayField label={t('amendment.effectiveFrom')} withAsterisk {...form.getInputProps('effectiveFrom')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('amendment.summary')} withAsterisk autosize minRows={2} {...form.getInputProps('summary')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Checkbox mt={{ sm: 30 }} label={t('amendment.changeDuration')} {...form.getInputProps('changeDuration', { type: 'checkbox' })} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            {values.changeDuration && (
              <NumberInput label={t('amendment.durationMonths')} min={1} max={240} allowDecimal={false} {...form.getInputProps('durationMonths')} />
            )}
          </Grid.Col>
        </Grid>

        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('amendment.changes')}
          </Text>
          {values.changes.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('amendment.noChanges')}
            </Text>
          )}
          {values.changes.map((row, index) => (
            <TermChangeRow
              key={row.key}
              index={index}
              row={row}
              fields={fields}
              errors={form.errors as Record<string, string | undefined>}
              onPathChange={(path) =>
                updateRow(index, {
                  path,
                  value: startValue(
                    fields.find((f) => f.path === path),
                    latestTerms,
                  ),
                })
              }
              onChange={(patch) => updateRow(index, patch)}
              onRemove={() => form.removeListItem('changes', index)}
            />
          ))}
          <Group>
            <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('changes', newChangeRow())}>
              {t('amendment.addChange')}
            </Button>
          </Group>
        </Stack>

        <FileInput
          label={t('amendment.document')}
          placeholder={t('amendment.documentPlaceholder')}
          accept="application/pdf,image/*"
          clearable
          leftSection={<IconFileUpload size={16} />}
          {...form.getInputProps('document')}
        />
        {save.error && (
          <Alert color="red" variant="light">
            {save.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('amendment.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
