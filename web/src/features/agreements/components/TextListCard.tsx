import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/Section.tsx';

export function TextListCard({ title, items }: { title: string; items: string[] }) {
  const { t } = useTranslation();
  return (
    <Section title={title}>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agreement.emptyList')}
        </Text>
      ) : (
        <List type="ordered" size="sm" spacing={6}>
          {items.map((item, i) => (
            <List.Item key={i}>{item}</List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}
