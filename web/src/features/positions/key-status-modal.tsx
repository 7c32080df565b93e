import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel.js';
import { useSetKeyStatus, type KeyStatusAnswer, type PositionItem } from './api.js';

/** The reason's length the server asks for (src/features/positions/positions.service.ts). */
const REASON_MIN = 10;
const REASON_MAX = 2000;

/**
 * Asks the reason for marking `position` as key or removing its status (required both ways, issue #7),
 * then sends it. The server checks the same and refuses what does not fit (its message is shown).
 */
export function KeyStatusModal({
  kode,
  position,
  onClose,
  onDone,
}: {
  kode: string;
  position: PositionItem | null;
  onClose: () => void;
  onDone: (answer: KeyStatusAnswer, marked: boolean) => void;
}) {
  const { t } = useTranslation('positions');
  const save = useSetKeyStatus(kode);
  const [alasan, setAlasan] = useState('');
  const [error, setError] = useState<string | null>(null);
  const marking = position ? !position.kunci : true;
  const close = () => {
    setAlasan('');
    setError(null);
    save.reset();
    onClose();
  };
  const submit = () => {
    if (!position) return;
    const text = alasan.trim();
    if (text.length < REASON_MIN) {
      setError(t('action.alasanRequired'));
      return;
    }
    setError(null);
    save.mutate(
      { jabatan: position.kode, kunci: marking, alasan: text },
      {
        onSuccess: (answer) => {
          onDone(answer, marking);
          close();
        },
      },
    );
  };
  return (
    <Modal
      opened={position !== null}
      onClose={close}
      closeButtonProps={{ 'aria-label': t('action.close') }}
      title={
        position ? t(marking ? 'action.markTitle' : 'action.unmarkTitle', { nama: position.nama }) : undefined
      }
    >
      <form
        noValidate
        data-testid="form-jabatan-kunci"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Text size="sm">{t(marking ? 'action.markIntro' : 'action.unmarkIntro')}</Text>
          <Textarea
            label={t('action.alasan')}
            description={t('action.alasanHint')}
            value={alasan}
            onChange={(e) => setAlasan(e.currentTarget.value)}
            error={error}
            required
            maxLength={REASON_MAX}
            autosize
            minRows={3}
            data-autofocus
          />
          {save.isError && <ErrorPanel error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" color={marking ? undefined : 'red.9'} loading={save.isPending}>
              {t(marking ? 'action.confirmMark' : 'action.confirmUnmark')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
