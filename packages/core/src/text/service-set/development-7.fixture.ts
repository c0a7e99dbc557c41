// Seventh English development comments: 104, 13 per industry (5 negative, 5 positive, 3 neutral), written
// and labelled in one pass after look 15 and before any English rule was changed for them, without reading
// any test comment, in the registers of the fourth to sixth sets (survey comments, complaint notes, short
// reviews), to measure look 10's English rules on comments they were not written from and then to drive
// the next English rules.
import { parseLabelledComments, type TLabelledComment } from './parse.ts';

const EN: Readonly<Record<string, string>> = {
  telecom: `
- Third engineer visit this month and the line still crackles.
- They moved me to a new tariff without asking and it costs more.
- The app says my data is used up after two days, which is impossible.
- I waited in for the router delivery all day and it never came.
- Nobody at the shop could unlock my phone, they just shrugged.
+ The engineer found the fault in the street cabinet within an hour.
+ Switching over was painless and I kept my number.
+ The support chat sorted my roaming charges in a few minutes.
+ Coverage in the village is finally decent since the upgrade.
+ The lady on the phone stayed on the line until my internet was back.
0 My account number is on the letter you sent.
0 When does my discount end?
0 I'd like paper bills, please.
`,
  'banking-insurance': `
- Blocked my card while I was abroad and I couldn't reach anyone.
- The mortgage offer took seven weeks and arrived after the deadline.
- My claim was rejected over a form they never sent me.
- Every call starts with twenty minutes of security questions.
- They closed the local branch and the nearest one is forty miles away.
+ The fraud team called me within minutes and refunded everything.
+ My adviser explained the pension options in plain English.
+ The windscreen was replaced at my office the day after I rang.
+ They waived the late fee when I explained I'd been in hospital.
+ Setting up the joint account was quick and painless.
0 Can I pay the premium monthly?
0 I've moved house and need to update my address.
0 The claim reference is on my email.
`,
  property: `
- The lift has been out of order for three weeks and we live on the ninth floor.
- Our service charge went up again with no breakdown of costs.
- Reported damp in the bedroom twice and nobody has even looked.
- Contractors left paint on the hallway carpet.
- The concierge is never at the desk when parcels arrive.
+ The caretaker cleared the blocked drain the same morning.
+ The gardens have never looked so good.
+ They sent a plumber on a Sunday night without any fuss.
+ Clear letters about the works, with dates that actually held.
+ The new security gates have made a real difference.
0 Who do I ask about a parking permit?
0 The bins are collected on Thursdays.
0 Please confirm the date of the fire alarm test.
`,
  hotel: `
- The shower ran cold every morning.
- Housekeeping never came on the second day.
- We were charged for the minibar although we didn't touch it.
- The room smelled of smoke even though it was non-smoking.
- Our booking was lost and we were sent to another hotel at midnight.
+ Late checkout was no problem at all.
+ The concierge booked us a table at a restaurant that was fully booked.
+ Beds were comfortable and the blackout curtains worked a treat.
+ They remembered my allergy from last year.
+ Quiet room, strong shower, lovely breakfast.
0 Is breakfast included in the rate?
0 We arrive around ten tonight.
0 Can we leave our bags after checkout?
`,
  'after-sales': `
- The oven has gone back for repair four times in a year.
- They said the part was on order, and that was five weeks ago.
- The engineer turned up without the part and left.
- The warranty repair came back scratched.
- They charged a call-out fee for a fault that's covered.
+ The washing machine works perfectly since the visit.
+ They swapped the faulty TV for a new one without a quibble.
+ The technician showed me how to descale it so it won't happen again.
+ Booked online at night and the repair was done by lunchtime.
+ Kept me informed at every step of the repair.
0 My model number is on the back of the unit.
0 Does the warranty cover the remote?
0 The engineer can come any day after three.
`,
  restaurant: `
- The chips were soggy and the burger was cold.
- We sat for half an hour before anyone took our order.
- They forgot the side dishes and charged us for them anyway.
- The waiter rolled his eyes when I asked about gluten.
- Our delivery turned up an hour late and half eaten by the look of it.
+ The chef came out to check the dish was right for my allergy.
+ Generous portions and fair prices.
+ The staff made a real fuss of my mum's birthday.
+ Food was piping hot and arrived early.
+ Best curry I've had in years.
0 Do you take bookings for twelve?
0 We'll be there at eight.
0 Is there a vegan menu?
`,
  healthcare: `
- The GP surgery phone line rings out every morning.
- My referral got lost and I had to start again.
- The nurse couldn't find a vein and just kept trying.
- Waited four hours in A&E with a broken wrist.
- Nobody told us the appointment had been cancelled.
+ The dentist was gentle and I didn't feel a thing.
+ Results came back the next day with a clear explanation.
+ The midwife visited every day that first week.
+ The pharmacy delivered my prescription the same afternoon.
+ The consultant took time to answer all our questions.
0 I need a repeat prescription for my inhaler.
0 Is the clinic open on bank holidays?
0 My appointment is on Tuesday at nine.
`,
  retail: `
- The trainers fell apart after two weeks.
- The online stock checker said in stock, the shop had none.
- I was followed around the shop by security like a thief.
- The refund still hasn't reached my account after a month.
- Queue for the changing rooms was longer than the queue to pay.
+ The assistant found my size in another store and had it sent over.
+ Returns were easy, even without the receipt.
+ Everything was well packed and arrived the next day.
+ They price-matched without any argument.
+ Lovely shop, helpful staff, I'll be back.
0 Do you have this in a medium?
0 I ordered the blue one.
0 Can I collect from the Leeds store?
`,
};

/** The seventh English development set (see the comment at the top). */
export const DEVELOPMENT_7_COMMENTS_EN: readonly TLabelledComment[] = Object.entries(EN).flatMap(
  ([industry, block]) => parseLabelledComments(industry, block),
);
