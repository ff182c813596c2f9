import { ActionIcon, Button, Group, Image, Stack, Text } from '@mantine/core';
import { IconCamera, IconX } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PHOTO_BYTES, MAX_PHOTOS, type PhotoDraft } from '../utils/report.ts';
import { jpegName, resizePhoto } from '../utils/photos.ts';

/** Photos from the camera (or the gallery), resized on the phone before they are kept. */
export function PhotoPicker({ photos, onChange }: { photos: PhotoDraft[]; onChange: (photos: PhotoDraft[]) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const urls = useMemo(() => photos.map((p) => URL.createObjectURL(p.blob)), [photos]);
  useEffect(
    () => () => {
      for (const u of urls) URL.revokeObjectURL(u);
    },
    [urls],
  );

  async function add(files: FileList | null) {
    const out = [...photos];
    const issues: string[] = [];
    for (const file of Array.from(files ?? [])) {
      if (out.length >= MAX_PHOTOS) {
        issues.push(t('fieldReport.tooManyPhotos'));
        break;
      }
      try {
        const blob = await resizePhoto(file);
        if (blob.size > MAX_PHOTO_BYTES) issues.push(t('fieldReport.photoTooLarge', { name: file.name }));
        else out.push({ name: jpegName(file.name), blob });
      } catch {
        issues.push(t('fieldReport.notImage', { name: file.name }));
      }
    }
    setProblems(issues);
    onChange(out);
    if (input.current) input.current.value = '';
  }

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('fieldReport.photos', { count: photos.length, max: MAX_PHOTOS })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('fieldReport.photoRules')}
      </Text>
      <Group gap="xs">
        {photos.map((p, i) => (
          <div key={urls[i]} style={{ position: 'relative' }}>
            <Image src={urls[i]} alt={p.name} w={72} h={72} radius="sm" fit="cover" />
            <ActionIcon
              size="sm"
              color="red"
              variant="filled"
              style={{ position: 'absolute', top: 2, right: 2 }}
              aria-label={t('fieldReport.removePhoto', { n: i + 1 })}
              onClick={() => onChange(photos.filter((_, j) => j !== i))}
            >
              <IconX size={12} />
            </ActionIcon>
          </div>
        ))}
      </Group>
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        hidden
        data-testid="field-photo-input"
        onChange={(e) => void add(e.currentTarget.files)}
      />
      <Button variant="light" leftSection={<IconCamera size={18} />} onClick={() => input.current?.click()} disabled={photos.length >= MAX_PHOTOS}>
        {t('fieldReport.addPhoto')}
      </Button>
      {problems.map((p) => (
        <Text key={p} size="sm" c="red">
          {p}
        </Text>
      ))}
    </Stack>
  );
}
