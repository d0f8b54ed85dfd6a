import { useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { organisationQuery } from '../../app/session.operations';
import { ErrorState, PageSkeleton } from '../../ui/page-states';
import { OrgBreadcrumb } from '../../ui/org-breadcrumb';
import { SchoolWorkspace } from './school-workspace';

/** /school/:schoolId — the school's own workspace, or a read-only drill-down from above. */
export function SchoolWorkspacePage() {
  const { schoolId = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: organisationQuery, variables: { id: schoolId } });
  if (fetching && !data) return <PageSkeleton />;
  if (error || !data)
    return <ErrorState error={error ?? {}} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const school = data.organisation;
  return (
    <>
      <OrgBreadcrumb org={school} />
      <SchoolWorkspace school={school} />
    </>
  );
}
