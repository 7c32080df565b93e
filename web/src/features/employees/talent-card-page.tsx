import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SUCCESSION_ROLES } from '../../app/nav.js';
import { useUser } from '../../lib/session.js';
import { talentCardQuery } from './api.js';
import { CardCompetency } from './card-competency.js';
import { CardExplanation } from './card-explanation.js';
import { CardIdentity } from './card-identity.js';
import { CardRecords } from './card-records.js';
import { CardSuccessionSection } from './card-succession.js';

/**
 * One employee's talent card: identity, history, development, assessments, boxes, why this box, and for the
 * roles that work on succession (succession.read) the succession plans the person is on.
 */
export function TalentCardPage({ kode, nip }: { kode: string; nip: string }) {
  const { t } = useTranslation('employees');
  const user = useUser();
  const { data: card } = useSuspenseQuery(talentCardQuery(kode, nip));
  const id = card.identitas;
  const name = `${[id.gelarDepan, id.nama].filter(Boolean).join(' ')}${id.gelarBelakang ? `, ${id.gelarBelakang}` : ''}`;
  return (
    <Stack>
      <div>
        <Anchor renderRoot={(props) => <Link to="/i/$kode/pegawai" params={{ kode }} {...props} />} size="sm">
          ← {t('card.back')}
        </Anchor>
        <Text size="sm">{t('card.title')}</Text>
        <Title order={2} data-testid="nama-pegawai">
          {name}
        </Title>
        <Text size="sm" ff="monospace">
          NIP {id.nip}
        </Text>
      </div>
      <CardExplanation url={card.penjelasan} />
      <CardIdentity card={card} />
      {SUCCESSION_ROLES.has(user.peran) && <CardSuccessionSection kode={kode} nip={id.nip} />}
      <CardRecords card={card} />
      <CardCompetency card={card} />
    </Stack>
  );
}
