/**
 * "Lapor kecelakaan" (issue #18): a phone-first page outside the main layout, usable without a
 * signal once the user has signed in here. The draft and its photos live in IndexedDB while being
 * written; saving puts the report in the outbox with a new UUID and sends it when there is a signal.
 */
import { Alert, Anchor, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, useMe, type User } from '../../../lib/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { LanguageSwitch } from '../../../components/LanguageSwitch.tsx';
import { idbDelete, idbGet, idbPut } from '../utils/store.ts';
import { emptyDraft, missingFields, newClientId, type Draft, type Queued } from '../utils/report.ts';
import { officeNow } from '../utils/office-clock.ts';
import { dropQueued, flushOutbox, queuedReports, queueReport, sentReports, type SentReport } from '../api/outbox.ts';
import { refreshRoster } from '../api/roster.ts';
import { ReportForm } from '../components/ReportForm.tsx';
import { OutboxPanel } from '../components/OutboxPanel.tsx';

type KnownUser = Pick<User, 'id' | 'username' | 'fullName' | 'role'>;

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/** The signed-in user, or the one who last signed in on this phone when there is no signal. */
function useFieldUser(): { user: KnownUser | null; pending: boolean; signedOut: boolean } {
  const me = useMe();
  const [known, setKnown] = useState<KnownUser | null | undefined>(undefined);
  useEffect(() => {
    if (me.data) {
      const u: KnownUser = { id: me.data.id, username: me.data.username, fullName: me.data.fullName, role: me.data.role };
      void idbPut('cache', 'user', u);
      setKnown(u);
    } else if (me.data === null) {
      void idbDelete('cache', 'user');
      setKnown(null);
    } else if (me.isError || me.fetchStatus === 'paused') void idbGet<KnownUser>('cache', 'user').then((u) => setKnown(u ?? null));
  }, [me.data, me.isError, me.fetchStatus]);
  if (me.data === null) return { user: null, pending: false, signedOut: true };
  return { user: known ?? null, pending: known === undefined, signedOut: false };
}

export default function FieldReportPage() {
  const { t } = useTranslation();
  const online = useOnline();
  const { user, pending, signedOut } = useFieldUser();
  const [timeZone, setTimeZone] = useState('Asia/Makassar');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [queued, setQueued] = useState<Queued[]>([]);
  const [sent, setSent] = useState<SentReport[]>([]);
  const [sending, setSending] = useState(false);
  const loaded = useRef(false);

  const reload = useCallback(async () => {
    setQueued(await queuedReports());
    setSent(await sentReports());
  }, []);

  const send = useCallback(async () => {
    setSending(true);
    try {
      await flushOutbox();
    } catch {
      // No signal (or the session ended): the reports stay in the outbox for the next try.
    } finally {
      setSending(false);
      await reload();
    }
  }, [reload]);

  // The office zone (kept for the next open without a signal), the draft, the outbox, then a first send.
  useEffect(() => {
    if (!user || loaded.current) return;
    loaded.current = true;
    void (async () => {
      const zone = (await idbGet<string>('cache', 'timeZone')) ?? 'Asia/Makassar';
      setTimeZone(zone);
      const now = officeNow(zone);
      setDraft((await idbGet<Draft>('draft', 'current')) ?? emptyDraft(now.date, now.time));
      await reload();
      if (navigator.onLine) {
        void api<{ timeZone: string }>('/health')
          .then((h) => {
            setTimeZone(h.timeZone);
            void idbPut('cache', 'timeZone', h.timeZone);
          })
          .catch(() => undefined);
        void refreshRoster().catch(() => undefined);
        await send();
      }
    })();
  }, [user, reload, send]);

  useEffect(() => {
    const retry = () => void send();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [send]);

  // The draft is kept on the phone as it is written.
  useEffect(() => {
    if (!draft) return;
    const timer = setTimeout(() => void idbPut('draft', 'current', draft), 300);
    return () => clearTimeout(timer);
  }, [draft]);

  if (signedOut) return <Navigate to="/masuk?next=%2Flapor" replace />;
  if (pending) return <PageLoader />;

  async function save() {
    if (!draft) return;
    const missing = missingFields(draft);
    setErrors(Object.fromEntries(missing.map((m) => [m, t('fieldReport.required')])));
    if (missing.length) return;
    const now = officeNow(timeZone);
    await queueReport({ clientId: newClientId(), savedAt: `${now.date}T${now.time}`, draft, state: 'waiting' });
    await idbDelete('draft', 'current');
    setDraft(emptyDraft(now.date, now.time));
    await reload();
    if (navigator.onLine) await send();
  }

  async function editRefused(q: Queued) {
    await dropQueued(q.clientId);
    setDraft(q.draft);
    await reload();
  }

  return (
    <Container size={480} px="sm" py="md">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Title order={1} size="h3">
            {t('fieldReport.title')}
          </Title>
          <LanguageSwitch />
        </Group>
        {!user ? (
          <Alert color="yellow">{t('fieldReport.signInFirst')}</Alert>
        ) : !can(user as User, 'claims:file') ? (
          <Alert color="blue">
            {t('fieldReport.notAllowed')}{' '}
            <Anchor component={Link} to="/laporan-lapangan">
              {t('fieldReport.navNotices')}
            </Anchor>
          </Alert>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('fieldReport.intro')}
            </Text>
            <OutboxPanel
              queued={queued}
              sent={sent}
              sending={sending}
              onEdit={(q) => void editRefused(q)}
              onDrop={(q) => void dropQueued(q.clientId).then(reload)}
            />
            {draft && <ReportForm draft={draft} onChange={setDraft} onSubmit={() => void save()} online={online} errors={errors} />}
          </>
        )}
      </Stack>
    </Container>
  );
}
