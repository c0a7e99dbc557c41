// Third development comments: 104 English, 13 per industry (5 negative, 5 positive, 3 neutral), written and
// labelled in one pass after the rules of look 5 were frozen and before any rule was changed for them,
// without reading any test comment. Aimed at what the test set's class counts showed weak after look 5
// (complaints with no sentiment word read neutral, praise told by what was done). Tuned on.
import { parseLabelledComments, type TLabelledComment } from './parse.ts';

const EN: Readonly<Record<string, string>> = {
  telecom: `
- The new phone was meant to arrive on Monday; it's Friday now.
- I was transferred five times and ended up back where I started.
- My data allowance vanished in two days and the app shows nothing used.
- They took the payment twice and said it would "sort itself out".
- The engineer left the cable hanging across the living room.
+ The broadband was switched over on the exact day they said.
+ A real person answered within a minute.
+ He set up the mesh units in every room and tested each one.
+ They waived the early termination charge when I explained the move.
+ Coverage in the village is finally usable.
0 I'm upgrading on the 12th when my contract ends.
0 Which plan includes international calls?
0 The SIM card was posted to my work address.
`,
  'banking-insurance': `
- Three letters, three different balances.
- The mortgage offer expired while they were still checking my payslips.
- I was told to visit a branch that closed last year.
- The payout was a third of the repair quote.
- My standing orders were cancelled during the system migration.
+ The underwriter called to check the details rather than just rejecting it.
+ The replacement card came with the same PIN so I could use it straight away.
+ My savings were moved to a better rate without me having to ask.
+ They paid for the hotel while the house was being dried out.
+ The advisor spotted that I was paying for cover twice.
0 The premium is due on the first of each month.
0 Could you confirm the excess on my car policy?
0 I opened the joint account last Tuesday.
`,
  property: `
- The heating has been off since Thursday and the office just says it's booked.
- Scaffolding has been up for four months with no work happening.
- We were fined for a parking space that nobody assigned to us.
- Post keeps getting delivered to the wrong flat.
- The roof was patched in spring and the same spot drips again.
+ The concierge signed for my parcels all week while I was away.
+ They fixed the gate the morning after I reported it.
+ The snow was cleared from the paths before anyone was up.
+ The management company sent a clear breakdown of the service charge.
+ A handyman came out on a Sunday to stop the leak.
0 The fire alarm test is on Wednesday at 11.
0 Can tenants put bikes in the basement?
0 My lease renewal is due in August.
`,
  hotel: `
- The pool was closed for the whole stay and nobody mentioned it at booking.
- Our room key stopped working three times.
- Reception gave our room to someone else and we ended up in a twin.
- The wifi only worked in the lobby.
- There was a wedding party in the corridor until 2 am.
+ They let us check in at 10 in the morning after our night flight.
+ The cleaner folded the kids' pyjamas and left a note.
+ Room service came in fifteen minutes and everything was hot.
+ The manager came to apologise in person and comped our dinner.
+ Blackout curtains, fast wifi and a kettle, everything we needed.
0 We need a cot in the room for our baby.
0 Is breakfast served from 7?
0 Checkout is at 11, according to the booking.
`,
  'after-sales': `
- The replacement part was the wrong model.
- I've been asked for the same photos four times.
- The repair centre kept my laptop for six weeks.
- He said the dryer was fine and left; it still won't heat.
- The warranty claim form crashes on the last page.
+ The fridge was swapped for a new one the following day.
+ The engineer rang from the van to say he was ten minutes away.
+ They collected the TV and returned it repaired within the week.
+ He also cleaned the filter we didn't know was there.
+ The courier picked up the faulty unit from my door.
0 The engineer is booked for Thursday morning.
0 Where do I find the model number?
0 I bought the oven in March from your website.
`,
  restaurant: `
- We were seated next to the kitchen door after booking a window table.
- The bill included two drinks we never ordered.
- They brought the mains while we were still eating starters.
- The burger was raw in the middle.
- Our delivery went to the wrong street and the driver wouldn't answer.
+ The chef came out to check the gluten-free dish was right.
+ They kept our table even though we were twenty minutes late.
+ Refills were brought over before we had to ask.
+ The takeaway was packed so well nothing spilled.
+ Every dish arrived together and at the right temperature.
0 We'd like to book the private room for twelve.
0 Do you take card payments?
0 The order is under the name Lee.
`,
  healthcare: `
- I was sent home with the wrong prescription.
- The referral letter was never sent to the hospital.
- Four phone calls to get a test result that turned out to be normal.
- The scan was booked for a date after my operation.
- Nobody checked my allergies before the injection.
+ The pharmacist phoned to check I was taking the new tablets correctly.
+ The GP referred me the same day and the specialist saw me within a week.
+ They drew the blood at home so I didn't have to travel.
+ The midwife stayed past her shift to help us.
+ My stitches healed cleanly and the scar is barely visible.
0 Is the walk-in clinic open on bank holidays?
0 I need a sick note for my employer.
0 My next appointment is on the 4th at 9.15.
`,
  retail: `
- The sofa arrived in two deliveries a week apart, the legs came last.
- The receipt printer was down so they couldn't process my return.
- They sold me a phone case for a different model.
- The self-checkout kept calling for an assistant and none came.
- Half the items in the order were substituted with other brands.
+ The assistant measured my feet and found a better size.
+ They delivered the washing machine and took the old one away for free.
+ Price dropped a week after I bought it and they refunded the difference.
+ The online chat answered in seconds and the answer was right.
+ The tailor had the trousers shortened by the afternoon.
0 Do you deliver on Saturdays?
0 I'm looking for a charger for this camera.
0 The order number is 55310.
`,
};

export const DEVELOPMENT_3_COMMENTS_EN: readonly TLabelledComment[] = Object.entries(EN).flatMap(
  ([industry, block]) => parseLabelledComments(industry, block),
);
