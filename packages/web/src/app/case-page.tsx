/**
 * The case page as the app composes it: the case (features/cases) with its callbacks (features/callbacks)
 * and the customer's timeline beside it (features/customers). A feature never imports another, so the
 * slots are filled here.
 */
import { CaseCallbacks } from '../features/callbacks/index.ts';
import { CasePage } from '../features/cases/CasePage.tsx';
import { CustomerTimelineCard } from '../features/customers/CustomerTimelineCard.tsx';

/** The route element of `cases/:caseId`. */
export default function ComposedCasePage() {
  return (
    <CasePage
      renderCallbacks={(caseId) => <CaseCallbacks caseId={caseId} />}
      renderTimeline={(customer) => <CustomerTimelineCard customer={customer} />}
    />
  );
}
