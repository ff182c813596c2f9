import { NumberInput, type NumberInputProps } from '@mantine/core';

/** Whole rupiah, typed with dots between thousands: "1.765.000". */
export function RupiahInput(props: Omit<NumberInputProps, 'thousandSeparator' | 'decimalSeparator' | 'allowDecimal' | 'allowNegative'>) {
  return <NumberInput leftSection="Rp" thousandSeparator="." decimalSeparator="," allowDecimal={false} allowNegative={false} hideControls {...props} />;
}
