import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { OrgLevel } from '@djt/shared';
import { organisationQuery } from '../app/session.operations';
import { useSession } from '../app/session.provider';
import { orgPath } from '../lib/actor';
import { useCan } from '../lib/use-can';

interface OrgLike {
  id: string;
  name: string;
  level: OrgLevel;
  bureauId: string;
  districtId: string | null;
}

/**
 * Bureau › District › School, linking only the levels the user may open (the shared policy
 * decides), so a school user sees just their school and a bureau user can climb back up.
 */
export function OrgBreadcrumb({ org }: { org: OrgLike }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { can } = useCan();
  const bureauRef = {
    id: org.bureauId,
    level: 'BUREAU' as const,
    bureauId: org.bureauId,
    districtId: null,
    schoolId: null,
  };
  const districtRef =
    org.level === 'SCHOOL' && org.districtId
      ? {
          id: org.districtId,
          level: 'DISTRICT' as const,
          bureauId: org.bureauId,
          districtId: org.districtId,
          schoolId: null,
        }
      : null;
  const showBureau = org.level !== 'BUREAU' && can('compliance.read', bureauRef);
  const showDistrict = !!districtRef && can('compliance.read', districtRef);
  const [{ data }] = useQuery({
    query: organisationQuery,
    variables: { id: districtRef?.id ?? '' },
    pause: !showDistrict,
  });
  const bureauName = me?.roles.find((r) => r.organisation.id === org.bureauId)?.organisation.name ?? t('levels.BUREAU');

  if (!showBureau && !showDistrict) return null;
  return (
    <nav className="djt-breadcrumb" aria-label={t('common.breadcrumb')}>
      <ol>
        {showBureau ? (
          <li>
            <Link to={orgPath(bureauRef)}>{bureauName}</Link>
          </li>
        ) : null}
        {showDistrict && districtRef ? (
          <li>
            <Link to={orgPath(districtRef)}>{data?.organisation.name ?? t('levels.DISTRICT')}</Link>
          </li>
        ) : null}
        <li aria-current="page">{org.name}</li>
      </ol>
    </nav>
  );
}
