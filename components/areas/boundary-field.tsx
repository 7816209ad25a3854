'use client';

import { useDeferredValue, useId, useMemo, useState, type ChangeEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { inputClass } from '@/components/forms/fields';
import { AreaMap, type MapShape } from '@/components/map/area-map';
import { MapTextAlternative } from '@/components/map/map-text-alternative';
import type { TileConfig } from '@/components/map/tile-config';
import { polygonsOf, validateGeoJson } from '@/lib/areas/geojson';
import { allBoundaryMessages, BOUNDARY_FILE_MAX_BYTES, type AreaFormValues } from '@/lib/areas/schema';
import { useNestedValidationMessage } from './use-nested-validation-message';

/**
 * The boundary of an area: GeoJSON pasted into a textarea or read from a file into it, every problem listed per
 * feature under the field, and a preview map (with its text alternative) once the GeoJSON is valid.
 *
 * react-hook-form keeps one message per field, so the list is rebuilt here: from the server's messages when the
 * server rejected the boundary, otherwise by running the same boundary rule on the current text.
 */
export function BoundaryField({ serverMessages, tiles }: { serverMessages: readonly string[]; tiles: TileConfig }) {
  const t = useTranslations('areas.form');
  const tValidation = useTranslations('validation');
  const tMap = useTranslations('common.map');
  const translate = useNestedValidationMessage();
  const id = useId();
  const { register, setValue, control, formState } = useFormContext<AreaFormValues>();
  const text = useWatch({ control, name: 'boundary' });
  const error = formState.errors.boundary;
  const [fileStatus, setFileStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const messages = useMemo(() => {
    if (!error) return [];
    if (error.type === 'server' && serverMessages.length > 0) return [...serverMessages];
    const local = allBoundaryMessages(text);
    return local.length > 0 ? local : error.message ? [error.message] : [];
  }, [error, serverMessages, text]);

  // Validating a large boundary on every keystroke is cheap enough, but drawing it is not: let typing win.
  const deferredText = useDeferredValue(text);
  const preview = useMemo(() => {
    if (typeof deferredText !== 'string' || deferredText.trim() === '') return null;
    const result = validateGeoJson(deferredText);
    return result.ok ? result : null;
  }, [deferredText]);
  const previewShapes = useMemo<MapShape[]>(
    () => (preview ? [{ id: 'preview', name: t('previewName'), geometry: preview.geometry }] : []),
    [preview, t],
  );

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > BOUNDARY_FILE_MAX_BYTES) {
      setFileStatus({ kind: 'error', text: tValidation('fileTooLarge', { max: t('fileMax') }) });
      event.target.value = '';
      return;
    }
    try {
      const content = await file.text();
      setValue('boundary', content, { shouldDirty: true, shouldValidate: true });
      setFileStatus({ kind: 'ok', text: t('fileRead', { name: file.name }) });
    } catch {
      setFileStatus({ kind: 'error', text: t('fileUnreadable', { name: file.name }) });
    }
  }

  const hintId = `${id}-hint`;
  const errorsId = `${id}-errors`;
  const fileHintId = `${id}-file-hint`;
  const fileStatusId = `${id}-file-status`;

  return (
    <div>
      <div className="mb-4">
        <label htmlFor={`${id}-text`} className="block font-semibold">{t('boundary')}</label>
        <p id={hintId} className="text-sm text-muted">{t('boundaryHint')}</p>
        <textarea
          id={`${id}-text`}
          rows={10}
          spellCheck={false}
          autoComplete="off"
          className={`${inputClass} font-mono text-sm`}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, messages.length > 0 ? errorsId : null].filter(Boolean).join(' ')}
          {...register('boundary')}
        />
        {messages.length > 0 && (
          <div id={errorsId} className="mt-2 text-sm font-medium text-danger">
            <p>{t('boundaryErrors')}</p>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {messages.map((message, index) => (
                <li key={`${index}-${message}`}>{translate(message)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>

      <div className="mb-4">
        <label htmlFor={`${id}-file`} className="block font-semibold">{t('file')}</label>
        <p id={fileHintId} className="text-sm text-muted">{t('fileHint')}</p>
        <input
          id={`${id}-file`}
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          className="mt-1 block max-w-full"
          aria-describedby={`${fileHintId} ${fileStatusId}`}
          onChange={readFile}
        />
        <p id={fileStatusId} aria-live="polite" className={`mt-1 text-sm font-medium ${fileStatus?.kind === 'error' ? 'text-danger' : 'text-success'}`}>
          {fileStatus?.text}
        </p>
      </div>

      {preview && (
        <section aria-labelledby={`${id}-preview`} className="mb-4">
          <h2 id={`${id}-preview`} className="text-lg font-semibold">{t('previewHeading')}</h2>
          <p className="text-sm text-muted">
            {t('previewSummary', { polygons: polygonsOf(preview.geometry).length, points: preview.pointCount })}
          </p>
          <div className="mt-2">
            <AreaMap
              label={tMap('label', { name: t('previewName') })}
              shapes={previewShapes}
              tiles={tiles}
              describedBy={`${id}-preview-text`}
              heightClass="h-64"
            />
          </div>
          <MapTextAlternative id={`${id}-preview-text`} geometries={[preview.geometry]} hasTiles={tiles.url !== ''} />
        </section>
      )}
    </div>
  );
}
