// Fifth development comments: 104 English, 13 per industry (5 negative, 5 positive, 3 neutral), written and
// labelled in one pass after look 9 was frozen and before any rule was changed for them, without reading
// any test comment, in a looser register than the fourth set (several sentences, idioms, lower case,
// survey shorthand), to measure how look 9's rules carry to comments they were not written from.
import { parseLabelledComments, type TLabelledComment } from './parse.ts';

const EN: Readonly<Record<string, string>> = {
  telecom: `
- honestly the worst customer service i've dealt with, three chats and each one started from zero
- Paid for 500 Mbps, getting 40 on a good day. Still paying full price though.
- The app says my complaint is "in progress". It has said that since March.
- They cut my line by mistake and then wanted a reconnection fee from me.
- Moved house in June, still no landline in September. Every call is another promise.
+ Rang about the roaming charges and the lady took them off without me having to argue.
+ Switched from my old provider and honestly wish I'd done it years ago.
+ Engineer turned up at 8 sharp, had us online by 9.
+ Signal used to be patchy upstairs; the booster they posted fixed that completely.
+ Tried the chat at midnight expecting a bot, got a person who actually solved it.
0 Account number ending 4471, please call me after 5.
0 Thinking about moving to the family plan next year.
0 Does the bundle include the sports channels?
`,
  'banking-insurance': `
- Submitted every document they asked for, twice, and they still say the file is incomplete.
- The "dedicated" relationship manager has changed four times this year.
- Called to report a lost card and was on hold long enough to cook dinner.
- They said the money would clear in 24 hours. Day five.
- The interest they quoted in branch and the interest on the contract are not the same number.
+ My claim after the burst pipe was approved in a single phone call.
+ The branch staff spotted a scam text on my phone and stopped the transfer in time.
+ I expected a fight over the windscreen claim but it was paid within the week.
+ Genuinely helpful mortgage team, every question answered in plain English.
+ They reversed the overdraft charge once I explained my salary was late.
0 I need a statement for my visa application.
0 Moving abroad in the spring, what happens to my ISA?
0 The car is insured under my wife's name.
`,
  property: `
- Every winter the same story: heating off, emails unanswered, someone will "look into it".
- Paid the service charge in full and the corridor lights are still out.
- The contractors left paint all over the lift and nobody from management cares.
- Reported the leak in writing, by phone and in person. Nothing.
- The gym has been "closed for maintenance" longer than it has been open.
+ Caretaker noticed my car had a flat tyre and left a note. Small thing, really appreciated.
+ After years of complaints the new manager actually got the roof replaced.
+ Emergency plumber came out at 2am on a Sunday and didn't make a fuss.
+ Parcels room is a game changer, nothing has gone missing since.
+ I was ready to complain about the noise but they'd already spoken to the neighbours.
0 Is the garden area open to residents' guests?
0 Service charge invoice for flat 12 attached.
0 The window on the third floor landing needs looking at.
`,
  hotel: `
- Booked a sea view, got a view of the car park and a shrug at reception.
- Paid for breakfast, breakfast finished at 9.30 and nobody mentioned it.
- The pool was closed the entire stay and the website still advertised it.
- We were woken at 7 by housekeeping knocking despite the do not disturb sign.
- Wifi only worked in the lobby, and they still charged for it.
+ Arrived at 1am after a delayed flight and they'd kept the kitchen open for us.
+ Honestly the comfiest bed I've slept in on a work trip.
+ Small hotel, big welcome. We'll be back next summer.
+ They noticed it was our anniversary and left a card and some chocolates.
+ Our room had a broken shower, and within ten minutes we were moved to a better one.
0 Checking in late, around midnight.
0 Can you hold our luggage after check-out?
0 We are a group of six travelling for a wedding.
`,
  'after-sales': `
- Third engineer, third diagnosis, and the dryer still trips the fuse.
- Apparently water damage isn't covered, even though the machine leaked on its own.
- I've spent more time on the phone about this kettle than it cost.
- They quoted two weeks for the part and then went silent.
- The repaired screen has a dead line straight across it.
+ The boiler guy was in and out in forty minutes and it's been perfect since.
+ Sent the headphones off on Monday, new pair arrived Thursday.
+ Wasn't expecting much from the warranty but they sorted a full replacement.
+ He showed me how to clean the filter so it won't happen again.
+ Repair centre kept the promise: ready on Friday, exactly as they said.
0 Serial number is on the receipt I attached.
0 Do I need the original box to send it back?
0 The fridge was bought in 2022.
`,
  restaurant: `
- Ordered at 7.15, food arrived at 8.40. Cold.
- Lovely setting, shame about the food.
- Booked for a birthday, the table wasn't reserved and we stood by the door for twenty minutes.
- The waiter argued with us about the bill instead of checking it.
- Found a hair in the risotto and they still charged us for it.
+ The staff handled a very loud toddler with more patience than we had.
+ Best curry I've had outside my mum's kitchen.
+ They remembered my gluten intolerance from last time without me saying.
+ Delivery driver called to say he was stuck in traffic, then arrived with everything hot anyway.
+ Slightly pricey, but the service makes up for it.
0 Are dogs allowed on the terrace?
0 Can we bring our own cake?
0 Booking under Patel for 7pm.
`,
  healthcare: `
- Three weeks waiting for a call about my results and nobody can tell me anything.
- The consultant spent the appointment looking at his computer.
- Had to chase the prescription four times before it reached the pharmacy.
- The car park machine ate my money and the hospital said it wasn't their problem.
- They cancelled my surgery the night before, by text.
+ The midwife stayed with us after her shift ended. We'll never forget that.
+ I'm terrified of needles and the nurse talked me through it so well I barely noticed.
+ Results the same day, which I did not expect from the NHS.
+ The GP called me back within the hour and sorted a same-day appointment.
+ Finally a doctor who took my pain seriously.
0 Please cancel my appointment on the 3rd.
0 Is the clinic accessible by wheelchair?
0 My date of birth is on the referral form.
`,
  retail: `
- Waited in for the delivery all day. Tracking said delivered. It wasn't.
- The dress arrived creased, stained and in the wrong colour.
- Customer service replied with a template that had nothing to do with my question.
- Returned the item a month ago, refund still "processing".
- Two staff on the whole floor and a queue out the door.
+ Lost my receipt and they still swapped the faulty kettle, no drama.
+ The lad in the hardware section knew exactly which screws I needed.
+ Ordered at 10pm, on my doorstep by lunchtime.
+ Packaging was plastic-free, which I really appreciate.
+ They called me when the sofa was delayed instead of leaving me guessing.
0 Is click and collect available at this store?
0 Looking for the same jeans in a 32 leg.
0 The gift card was a present from my sister.
`,
};

export const DEVELOPMENT_5_COMMENTS_EN: readonly TLabelledComment[] = Object.entries(EN).flatMap(
  ([industry, block]) => parseLabelledComments(industry, block),
);
