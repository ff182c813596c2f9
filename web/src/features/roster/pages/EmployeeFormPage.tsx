import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { can, useUser } from '../../../lib/auth.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { useEmployee, useSaveEmployee, useUnits, type Employee } from '../api/roster.ts';

interface Values {
  nik: string; fullName: string; sex: string; birthPlace: string; birthDate: string; workUnitId: string; position: string;
  employmentType: string; startDate: string; phone: string; address: string; nikOverrideReason: string; effectiveOn: string;
}

function EmployeeForm({ employee }: { employee?: Employee }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const units = useUnits();
  const save = useSaveEmployee(employee?.id);
  const [mismatch, setMismatch] = useState(false);
  const [other, setOther] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      nik: employee?.nik ?? '', fullName: employee?.fullName ?? '', sex: employee?.sex ?? 'L', birthPlace: employee?.birthPlace ?? '',
      birthDate: employee?.birthDate ?? '', workUnitId: employee ? String(employee.workUnitId) : user.workUnitId ? String(user.workUnitId) : '',
      position: employee?.position ?? '', employmentType: employee?.employmentType ?? 'honorer', startDate: employee?.startDate ?? '',
      phone: employee?.phone ?? '', address: employee?.address ?? '', nikOverrideReason: employee?.nikOverrideReason ?? '', effectiveOn: '',
    },
    validate: {
      nik: (v) => (employee || /^\d{16}$/.test(v) ? null : 'NIK harus 16 digit angka'),
      fullName: (v) => (v.trim() ? null : 'Nama lengkap wajib diisi'),
      birthDate: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'Tanggal lahir wajib diisi'),
      startDate: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'Tanggal mulai kerja wajib diisi'),
      workUnitId: (v) => (v ? null : 'Unit kerja wajib dipilih'),
    },
  });

  const submit = form.onSubmit((v) => {
    setOther(null);
    const body: Record<string, unknown> = {
      fullName: v.fullName, sex: v.sex, birthPlace: v.birthPlace, birthDate: v.birthDate, workUnitId: Number(v.workUnitId), position: v.position,
      employmentType: v.employmentType, startDate: v.startDate, phone: v.phone, address: v.address,
      nikOverrideReason: v.nikOverrideReason.trim() || null,
    };
    if (!employee) body.nik = v.nik;
    if (employee && v.effectiveOn) body.effectiveOn = v.effectiveOn;
    save.mutate(body, {
      onSuccess: (saved) => {
        notifySuccess(t('app.saved'));
        void navigate(`/pegawai/${saved.id}`);
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return setOther(String(error));
        const issues = error.issues as { path: string; message: string; code?: string }[];
        if (issues.some((i) => i.code === 'nik_mismatch') && can(user, 'roster:override_nik')) setMismatch(true);
        const errors: Record<string, string> = {};
        for (const i of issues) if (i.path && i.path in form.values) errors[i.path] = i.message;
        form.setErrors(errors);
        if (!Object.keys(errors).length) setOther(error.message);
      },
    });
  });

  return (
    <form onSubmit={submit}>
      <Stack gap="lg">
        {other && <Alert color="red">{other}</Alert>}
        <Card withBorder radius="md" padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('roster.nik')} {...form.getInputProps('nik')} disabled={!!employee} maxLength={16} withAsterisk />
            <TextInput label={t('roster.name')} {...form.getInputProps('fullName')} withAsterisk />
            <Select label={t('roster.sex')} data={[{ value: 'L', label: 'Laki-laki (L)' }, { value: 'P', label: 'Perempuan (P)' }]} {...form.getInputProps('sex')} allowDeselect={false} />
            <TextInput label={t('roster.birthPlace')} {...form.getInputProps('birthPlace')} />
            <TextInput type="date" label={t('roster.birthDate')} {...form.getInputProps('birthDate')} withAsterisk />
            <Select label={t('roster.unit')} data={(units.data ?? []).map((u) => ({ value: String(u.id), label: `${u.code} — ${u.name}` }))} {...form.getInputProps('workUnitId')} searchable withAsterisk disabled={user.role === 'opd_operator'} />
            <TextInput label={t('roster.position')} {...form.getInputProps('position')} />
            <Select label={t('roster.type')} data={['honorer', 'kontrak', 'thl', 'lainnya']} {...form.getInputProps('employmentType')} allowDeselect={false} />
            <TextInput type="date" label={t('roster.start')} {...form.getInputProps('startDate')} withAsterisk />
            {employee && <TextInput type="date" label={t('roster.effectiveOn')} {...form.getInputProps('effectiveOn')} />}
            <TextInput label={t('roster.phone')} {...form.getInputProps('phone')} />
            <Textarea label={t('roster.address')} {...form.getInputProps('address')} autosize minRows={1} />
            {(mismatch || form.values.nikOverrideReason) && <Textarea label={t('roster.override')} {...form.getInputProps('nikOverrideReason')} autosize />}
          </SimpleGrid>
        </Card>
        <Group>
          <Button type="submit" loading={save.isPending}>{t('app.save')}</Button>
          <Button variant="default" onClick={() => void navigate(-1)}>{t('app.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

export default function EmployeeFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const existing = useEmployee(Number(id));
  if (id && existing.isPending) return <PageLoader />;
  return (
    <Stack gap="lg">
      <PageHeader title={id ? `${t('roster.edit')}: ${existing.data?.fullName ?? ''}` : t('roster.add')} />
      <EmployeeForm {...(id && existing.data ? { employee: existing.data } : {})} />
    </Stack>
  );
}
