/**
 * Pure rules of monitoring (PKS Pasal 2, 3, 8, 9): the force-majeure notice deadline and its
 * consequence, dispute stages, and when a reminder is due.
 */
import { formatDay, tr } from '../core/language.ts';
import { addDays, daysBetween, formatDateId } from '../core/dates.ts';

/** Pasal 9 ayat (3): written notice at the latest 7 calendar days counted from the event. */
export const FORCE_MAJEURE_NOTICE_DAYS = 7;

export const FORCE_MAJEURE_KINDS = {
  natural: 'Bencana alam (gempa bumi, angin topan, banjir, tanah longsor, sambaran petir, kebakaran, dan bencana alam lainnya) — Pasal 9 ayat (1) huruf a',
  social: 'Bencana sosial (pemogokan umum, huru-hara, sabotase, perang, pemberontakan, dan bencana sosial lainnya) — Pasal 9 ayat (1) huruf b',
} as const;
export type ForceMajeureKind = keyof typeof FORCE_MAJEURE_KINDS;

/**
 * The last day to notify: the event day + 7 calendar days (day 7 after the event is on time, day
 * 8 is late). "Terhitung sejak terjadinya" is read as counting from the day after the event.
 */
export function noticeDeadline(eventDate: string): string {
  return addDays(eventDate, FORCE_MAJEURE_NOTICE_DAYS);
}

export interface NoticeVerdict {
  deadline: string;
  status: 'awaiting_notice' | 'on_time' | 'late' | 'overdue';
  rightToInvoke: boolean;
  message: string;
}

/** Pasal 9 ayat (4): a late notice loses the right to invoke force majeure. */
export function noticeVerdict(eventDate: string, noticeDate: string | null, today: string): NoticeVerdict {
  const deadline = noticeDeadline(eventDate);
  if (noticeDate) {
    const onTime = noticeDate <= deadline;
    return {
      deadline,
      status: onTime ? 'on_time' : 'late',
      rightToInvoke: onTime,
      message: onTime
        ? tr(
            `Pemberitahuan ${formatDateId(noticeDate)} tepat waktu (batas ${formatDateId(deadline)})`,
            `Notice of ${formatDay(noticeDate)} on time (deadline ${formatDay(deadline)})`,
          )
        : tr(
            `Pemberitahuan ${formatDateId(noticeDate)} terlambat ${daysBetween(deadline, noticeDate)} hari (batas ${formatDateId(deadline)}): hak mengajukan alasan force majeure hapus (Pasal 9 ayat 4)`,
            `Notice of ${formatDay(noticeDate)} ${daysBetween(deadline, noticeDate)} days late (deadline ${formatDay(deadline)}): the right to invoke force majeure is lost (Pasal 9 ayat 4)`,
          ),
    };
  }
  if (today > deadline) {
    return {
      deadline,
      status: 'overdue',
      rightToInvoke: false,
      message: tr(
        `Batas pemberitahuan ${formatDateId(deadline)} terlewati tanpa pemberitahuan tertulis (Pasal 9 ayat 4)`,
        `Notice deadline ${formatDay(deadline)} passed without written notice (Pasal 9 ayat 4)`,
      ),
    };
  }
  return {
    deadline,
    status: 'awaiting_notice',
    rightToInvoke: true,
    message: tr(
      `Beri tahu pihak lain secara tertulis paling lambat ${formatDateId(deadline)} (sisa ${daysBetween(today, deadline)} hari)`,
      `Notify the other party in writing by ${formatDay(deadline)} (${daysBetween(today, deadline)} days left)`,
    ),
  };
}

/** Pasal 8: deliberation first; without agreement, the local district court. */
export const DISPUTE_STAGES = ['deliberation', 'district_court', 'closed'] as const;
export type DisputeStage = (typeof DISPUTE_STAGES)[number];
export const DISPUTE_STAGE_LABEL: Record<DisputeStage, string> = {
  deliberation: 'Musyawarah (Pasal 8 ayat 1)',
  district_court: 'Pengadilan Negeri setempat (Pasal 8 ayat 2)',
  closed: 'Selesai',
};

export function canAdvanceDispute(from: DisputeStage, to: DisputeStage): boolean {
  return (from === 'deliberation' && (to === 'district_court' || to === 'closed')) || (from === 'district_court' && to === 'closed');
}

/** A reminder is shown from `leadDays` before its date until it is dealt with. */
export function reminderDue(date: string, today: string, leadDays: number): boolean {
  return daysBetween(today, date) <= leadDays;
}
