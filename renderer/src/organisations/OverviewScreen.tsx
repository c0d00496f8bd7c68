// One organisation: who has been seen this academic year, Benchmark 8, the
// agreement bought, used and left, who is still waiting, and its details.
import { useState } from 'react';
import { agreementStatus } from '../../../shared/agreement-status';
import { organisationKindLabels } from '../../../shared/caseload';
import { useQuery } from '../api/use-query';
import { BackLink } from '../components/BackLink';
import { Loading } from '../components/Loading';
import { LoadProblem } from '../components/LoadProblem';
import { PageButton } from '../components/PageButton';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusMessage } from '../components/StatusMessage';
import { formatDate, todayInLondon } from '../format/dates';
import { formatCount } from '../format/numbers';
import { BatchExport } from '../plans/BatchExport';
import { GroupSessionsPanel } from '../group-sessions/GroupSessionsPanel';
import { OrganisationDiary } from '../diary/OrganisationDiary';
import { AgreementDelivery } from './AgreementDelivery';
import { Benchmark8Coverage } from './Benchmark8Coverage';
import { EndAgreement } from './EndAgreement';
import { NotSeenList } from './NotSeenList';
import { OrganisationDetails } from './OrganisationDetails';
import { YearGroupCoverage } from './YearGroupCoverage';

type Props = { organisationId: string; notice: string | undefined };

export function OverviewScreen({ organisationId, notice }: Props) {
  const organisation = useQuery('organisations.get', { id: organisationId });
  const overview = useQuery('organisations.overview', { id: organisationId });
  const [ended, setEnded] = useState('');
  const problem = organisation.problem || overview.problem;
  const retry = () => {
    organisation.reload();
    overview.reload();
  };

  if (!organisation.value) {
    return (
      <>
        <BackLink fallbackLabel="Back to organisations" />
        <ScreenHeading>Organisation</ScreenHeading>
        {problem ? (
          <LoadProblem what="This organisation" message={problem} onRetry={retry} />
        ) : (
          <Loading what="the organisation" />
        )}
      </>
    );
  }
  const current = organisation.value;
  const status = agreementStatus({ isArchived: current.isArchived, agreement: current.agreement, on: todayInLondon() });

  return (
    <>
      <BackLink fallbackLabel="Back to organisations" />
      <div className="screen-top">
        <div>
          <ScreenHeading>{current.name}</ScreenHeading>
          <p className="screen-subtitle">
            {organisationKindLabels[current.kind]} · {formatCount(current.clientCount, 'client')}
            {current.isArchived
              ? ` · Archived${current.agreement?.endsOn ? `: agreement ended ${formatDate(current.agreement.endsOn)}` : ''}`
              : ''}
            {status.kind === 'ended' || status.kind === 'not-started'
              ? ` · Agreement ${status.label.charAt(0).toLowerCase()}${status.label.slice(1)}`
              : ''}
          </p>
        </div>
        <div className="actions">
          <PageButton page={{ name: 'organisation-edit', organisationId }}>Edit details</PageButton>
          <PageButton page={{ name: 'client-new', organisationId }}>Add a client</PageButton>
          <PageButton page={{ name: 'import', organisationId }}>Import a roll</PageButton>
          <PageButton page={{ name: 'organisation-report', organisationId }}>Termly report</PageButton>
          <PageButton page={{ name: 'school-destinations', organisationId }}>Destinations</PageButton>
        </div>
      </div>
      <StatusMessage id="organisation-status" message={ended || notice || ''} />
      {problem ? <LoadProblem what="The figures" message={problem} onRetry={retry} /> : null}
      {overview.value ? (
        <>
          <div className="overview-grid">
            <YearGroupCoverage overview={overview.value} />
            <Benchmark8Coverage overview={overview.value} organisationId={organisationId} />
          </div>
          <AgreementDelivery overview={overview.value} organisationId={organisationId} />
          <NotSeenList organisationId={organisationId} notSeen={overview.value.notSeen} />
          <BatchExport organisationId={organisationId} organisationName={current.name} />
        </>
      ) : !problem ? (
        <Loading what="the figures" />
      ) : null}
      <OrganisationDiary organisationId={organisationId} />
      <GroupSessionsPanel organisationId={organisationId} />
      <div className="overview-grid">
        <OrganisationDetails organisation={current} />
        {current.isArchived ? null : (
          <EndAgreement
            organisationId={organisationId}
            organisationName={current.name}
            onEnded={(endsOn) => {
              setEnded(
                `The agreement ended on ${formatDate(endsOn)} and ${current.name} is archived. Nothing was deleted.`,
              );
              organisation.reload();
            }}
          />
        )}
      </div>
    </>
  );
}
