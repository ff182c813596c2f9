/** The terms of one version: every cited value with its label, formatted value and basis. */
import { Fragment } from 'react';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Terms, TermsField } from '../api/types.ts';
import { fieldLabel, getCited, sectionOf } from '../utils/terms.ts';
import { TermValue } from './TermValue.tsx';

export function TermsTable({ terms, fields }: { terms: Terms; fields: TermsField[] }) {
  const { t, i18n } = useTranslation();
  let lastSection = '';
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="32%">{t('agreement.term')}</Table.Th>
            <Table.Th w="30%">{t('agreement.value')}</Table.Th>
            <Table.Th>{t('agreement.basis')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field) => {
            const cited = getCited(terms, field.path);
            if (!cited) return null;
            const section = sectionOf(field.path);
            const heading = section !== lastSection;
            lastSection = section;
            return (
              <Fragment key={field.path}>
                {heading && (
                  <Table.Tr bg="gray.0">
                    <Table.Td colSpan={3}>
                      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                        {t(`terms.sections.${section}`)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                <Table.Tr data-path={field.path}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {fieldLabel(field, i18n.language)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <TermValue field={field} value={cited.value} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{cited.basis}</Text>
                    {cited.note && (
                      <Text size="xs" c="dimmed" fs="italic" mt={2}>
                        {cited.note}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
