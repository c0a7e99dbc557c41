/**
 * The case page as the app composes it: the case (features/cases) with the customer's timeline beside it
 * (features/customers). A feature never imports another, so the slots are filled here.
 */
import { CasePage } from '../features/cases/CasePage.tsx';
import { CustomerTimelineCard } from '../features/customers/CustomerTimelineCard.tsx';

/** The route element of `cases/:caseId`. */
export default function ComposedCasePage() {
  return <CasePage renderTimeline={(customer) => <CustomerTimelineCard customer={customer} />} />;
}
