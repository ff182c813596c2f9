/** The editor for a term's new value, by the kind of the term. */
import { Checkbox, Group, JsonInput, NativeSelect, NumberInput, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RupiahInput } from '../../../components/RupiahInput.tsx';
import type { FieldKind } from '../api/types.ts';
import type { ChangeValue, DestinationForm } from '../utils/term-change.ts';

interface Props {
  kind: FieldKind | undefined;
  value: ChangeValue;
  onChange: (value: ChangeValue) => void;
  error?: string | undefined;
}

export function TermChangeValueInput({ kind, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const label = t('amendment.newValue');
  const asNumber = (v: string | number) => onChange(typeof v === 'number' ? v : '');
  switch (kind) {
    case 'rupiah':
      return <RupiahInput label={label} value={value as number | string} onChange={asNumber} error={error} />;
    case 'rupiah_cap':
      return (
        <RupiahInput
          label={label}
          value={value as number | string}
          onChange={asNumber}
          placeholder={t('terms.noCap')}
          description={t('amendment.noCapHint')}
          error={error}
        />
      );
    case 'integer':
    case 'percent':
      return (
        <NumberInput
          label={label}
          value={value as number | string}
          onChange={asNumber}
          allowDecimal={false}
          allowNegative={false}
          rightSection={kind === 'percent' ? '%' : undefined}
          error={error}
        />
      );
    case 'rate':
      return (
        <TextInput
          label={label}
          value={String(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
          placeholder={t('form.ratePlaceholder')}
          rightSection="%"
          error={error}
        />
      );
    case 'boolean':
      return <Switch mt="lg" label={value ? t('app.yes') : t('app.no')} checked={Boolean(value)} onChange={(e) => onChange(e.currentTarget.checked)} />;
    case 'rounding':
      return (
        <NativeSelect
          label={label}
          value={String(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
          data={[
            { value: 'down', label: t('terms.rounding.down') },
            { value: 'half_up', label: t('terms.rounding.half_up') },
          ]}
        />
      );
    case 'payment_modes':
      return (
        <Checkbox.Group label={label} value={value as string[]} onChange={onChange} error={error}>
          <Group mt={6}>
            <Checkbox value="monthly" label={t('terms.paymentModes.monthly')} />
            <Checkbox value="yearly" label={t('terms.paymentModes.yearly')} />
          </Group>
        </Checkbox.Group>
      );
    case 'payment_destination': {
      const d = value as DestinationForm;
      const set = (key: keyof DestinationForm) => (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...d, [key]: e.currentTarget.value });
      return (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput label={t('terms.destination.bank')} value={d.bank} onChange={set('bank')} error={error} />
          <TextInput label={t('terms.destination.accountNumber')} value={d.accountNumber} onChange={set('accountNumber')} inputMode="numeric" />
          <TextInput label={t('terms.destination.accountName')} value={d.accountName} onChange={set('accountName')} />
          <TextInput
            label={t('terms.destination.virtualAccount')}
            value={d.virtualAccount}
            onChange={set('virtualAccount')}
            inputMode="numeric"
            description={t('terms.destination.hint')}
          />
        </SimpleGrid>
      );
    }
    case 'json':
      return (
        <JsonInput
          label={label}
          description={t('amendment.jsonHint')}
          value={String(value)}
          onChange={onChange}
          autosize
          minRows={3}
          maxRows={14}
          formatOnBlur
          error={error}
        />
      );
    default:
      return <TextInput label={label} disabled value="" />;
  }
}
