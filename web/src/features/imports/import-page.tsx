import { Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaErrorBoundary } from '../../components/error-boundary.js';
import { PageLoader } from '../../components/page-loader.js';
import { ImportDetail } from './import-detail.js';
import { RecentImports } from './recent-imports.js';
import { UploadForm } from './upload-form.js';

type Props = {
  kode: string;
  importId: string | undefined;
  halaman: number;
  onSelect: (importId: string, halaman?: number) => void;
};

/** `/i/$kode/impor`: upload → validation (a job, polled) → per-row preview → commit (a job) → summary. */
export function ImportPage({ kode, importId, halaman, onSelect }: Props) {
  const { t } = useTranslation('imports');
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      <Text size="sm">{t('intro')}</Text>
      <UploadForm kode={kode} onUploaded={(id) => onSelect(id)} />
      {importId && (
        // An error of this import (e.g. an unknown id) stays in its card; the form and the list still work.
        <AreaErrorBoundary key={importId}>
          <Suspense fallback={<PageLoader />}>
            <ImportDetail
              kode={kode}
              id={importId}
              halaman={halaman}
              onPage={(page) => onSelect(importId, page)}
            />
          </Suspense>
        </AreaErrorBoundary>
      )}
      <AreaErrorBoundary>
        <RecentImports kode={kode} selected={importId} onSelect={(id) => onSelect(id)} />
      </AreaErrorBoundary>
    </Stack>
  );
}
