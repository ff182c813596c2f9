import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Batch, Participant } from '../api/enrolment.ts';

export const BATCH_COLOR = { draft: 'gray', submitted: 'blue', processed: 'teal' } as const;
export const PARTICIPANT_COLOR = { draft: 'gray', submitted: 'blue', registered: 'teal', rejected: 'red' } as const;

export function BatchStatusBadge({ status, ...props }: { status: Batch['status'] } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={BATCH_COLOR[status]} variant="light" {...props}>
      {t(`enrolment.batchStatuses.${status}`)}
    </Badge>
  );
}

/** The participant's status; a registered participant who is deactivated shows "Nonaktif". */
export function ParticipantStatusBadge({ participant }: { participant: Pick<Participant, 'status' | 'deactivatedOn'> }) {
  const { t } = useTranslation();
  if (participant.status === 'registered' && participant.deactivatedOn) {
    return (
      <Badge color="orange" variant="light">
        {t('enrolment.inactive')}
      </Badge>
    );
  }
  return (
    <Badge color={PARTICIPANT_COLOR[participant.status]} variant="light">
      {t(`enrolment.statuses.${participant.status}`)}
    </Badge>
  );
}
