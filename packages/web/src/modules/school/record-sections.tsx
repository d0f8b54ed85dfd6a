import { Suspense, useRef, type KeyboardEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { WEB_RECORD_MODULES, type WebRecordModule } from '../index';
import { SkeletonBlock } from '../../ui/page-states';
import type { Scorecard } from './school-checklist';
import './record-sections.css';

/** The URL parameter naming the open module (`?record=<name>`), so a link opens the same tab. */
const PARAM = 'record';

interface Props {
  schoolId: string;
  scorecard: Scorecard;
  /** The modules whose records the user may write at this school. */
  writable: readonly string[];
  onChanged: () => void;
}

/**
 * The record modules' sections under the checklist, in the order of WEB_RECORD_MODULES: one
 * module is drawn as it is; several get a tab each (WAI-ARIA tabs: arrow keys, Home and End move
 * between them), the open one in the URL. Each section is its own chunk.
 */
export function RecordSections({ schoolId, scorecard, writable, onChanged }: Props) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const modules = WEB_RECORD_MODULES;

  const section = (m: WebRecordModule) => (
    <Suspense fallback={<SkeletonBlock rows={8} />}>
      <m.Section
        schoolId={schoolId}
        year={scorecard.year}
        scorecard={scorecard}
        canWrite={writable.includes(m.name)}
        onChanged={onChanged}
      />
    </Suspense>
  );
  if (modules.length === 0) return null;
  if (modules.length === 1) return section(modules[0]);

  const openIndex = Math.max(
    0,
    modules.findIndex((m) => m.name === params.get(PARAM)),
  );
  const open = (i: number, focus = false) => {
    const next = new URLSearchParams(params);
    if (i === 0) next.delete(PARAM);
    else next.set(PARAM, modules[i].name);
    setParams(next, { replace: true });
    if (focus) tabs.current[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const n = modules.length;
    const to = { ArrowRight: openIndex + 1, ArrowLeft: openIndex - 1 + n, Home: 0, End: n - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    open(to % n, true);
  };
  const current = modules[openIndex];
  return (
    <div className="djt-gap" data-testid="record-sections">
      <div role="tablist" aria-label={t('school.records')} className="djt-record-tabs" onKeyDown={onKeyDown}>
        {modules.map((m, i) => (
          <button
            key={m.name}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`record-tab-${m.name}`}
            aria-selected={i === openIndex}
            aria-controls={`record-panel-${m.name}`}
            tabIndex={i === openIndex ? 0 : -1}
            className="djt-record-tabs__tab"
            onClick={() => open(i)}
            onPointerEnter={m.preload}
            data-testid={`record-tab-${m.name}`}
          >
            {t(m.titleKey)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`record-panel-${current.name}`} aria-labelledby={`record-tab-${current.name}`}>
        {section(current)}
      </div>
    </div>
  );
}
