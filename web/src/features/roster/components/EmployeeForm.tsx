import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiIssue } from '../../../lib/api-client.ts';
import { can, useUser } from '../../../lib/auth.ts';
import { apiIssues, mapIssues } from '../../../lib/form-errors.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { useOfficeToday } from '../../../lib/office-today.ts';
import { useCreateEmployee, useUpdateEmployee } from '../api/save-employee.ts';
import type { Employee } from '../api/types.ts';
import { checkValues, initialValues, isMoveOrNewPosition, toField, toInput, toUpdate, valuesToSave, type EmployeeValues } from '../utils/employee-form.ts';
import { ContactFields } from './ContactFields.tsx';
import { EmploymentFields } from './EmploymentFields.tsx';
import { IdentityFields } from './IdentityFields.tsx';
import { Section } from '../../../components/Section.tsx';

/** New employee (no `employee`) or an edit; checked as the server checks, then the server's issues land on the fields. */
export function EmployeeForm({ employee }: { employee?: Employee }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const create = useCreateEmployee();
  const update = useUpdateEmployee(employee?.id ?? 0);
  const lockedUnitId = user.role === 'opd_operator' ? user.workUnitId : null;
  const canOverride = can(user, 'roster:override_nik');
  const form = useForm<EmployeeValues>({ initialValues: initialValues(employee, lockedUnitId) });
  const [mismatch, setMismatch] = useState(false);
  const today = useOfficeToday();
  const [problems, setProblems] = useState<string[]>([]);

  const showIssues = (issues: (ApiIssue & { code?: string })[], fallback?: string) => {
    if (issues.some((i) => i.code === 'nik_mismatch')) setMismatch(true);
    const { fieldErrors, other } = mapIssues(issues, toField);
    form.setErrors(fieldErrors);
    setProblems(other.length ? other : Object.keys(fieldErrors).length ? [t('roster.formErrors')] : fallback ? [fallback] : []);
  };

  const submit = form.onSubmit((entered) => {
    if (!today) return; // the save button waits for the office's today
    const checked = checkValues(entered, today);
    // Recomputed on every save: a corrected birth date or sex takes the override away again.
    setMismatch(checked.mismatch);
    if (checked.issues.length) return showIssues(checked.issues);
    setProblems([]);
    const values = valuesToSave(entered, checked.mismatch, employee);
    if (values.nikOverrideReason !== entered.nikOverrideReason) form.setFieldValue('nikOverrideReason', values.nikOverrideReason);
    const onSuccess = (saved: Employee) => {
      notifySuccess(employee ? t('app.saved') : t('roster.created'));
      void navigate(`/pegawai/${saved.id}`);
    };
    const onError = (error: Error) => showIssues(apiIssues(error), error.message);
    if (employee) update.mutate(toUpdate(values, employee), { onSuccess, onError });
    else create.mutate(toInput(values), { onSuccess, onError });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {problems.length > 0 && (
          <Alert color="red" variant="light" data-testid="form-problems">
            {problems.join(' ')}
          </Alert>
        )}
        <Section title={t('roster.sections.identity')}>
          <IdentityFields form={form} editing={!!employee} showOverride={canOverride && (mismatch || !!employee?.nikOverrideReason)} />
        </Section>
        <Section title={t('roster.sections.employment')}>
          <EmploymentFields
            form={form}
            institutionId={employee?.institutionId}
            unitLocked={lockedUnitId !== null}
            askEffectiveOn={isMoveOrNewPosition(form.values, employee)}
          />
        </Section>
        <Section title={t('roster.sections.contact')}>
          <ContactFields form={form} />
        </Section>
        <Group>
          <Button type="submit" loading={create.isPending || update.isPending || !today}>
            {t('app.save')}
          </Button>
          <Button variant="default" onClick={() => void navigate(employee ? `/pegawai/${employee.id}` : '/pegawai')}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
