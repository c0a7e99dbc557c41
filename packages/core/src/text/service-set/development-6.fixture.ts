// Sixth development comments: 104 English, 13 per industry (5 negative, 5 positive, 3 neutral), written and
// labelled in one pass after look 10 was frozen and before any rule was changed for them, without reading
// any test comment, in the mixed registers of the fourth and fifth sets, to measure how look 10's rules
// carry to comments they were not written from.
import { parseLabelledComments, type TLabelledComment } from './parse.ts';

const EN: Readonly<Record<string, string>> = {
  telecom: `
- The bill says I owe for a phone I returned in April.
- Every time it rains the broadband goes off for the rest of the day.
- I was told the upgrade was free and then charged forty pounds for "activation".
- Spent my lunch break in the queue at the shop only to be told to call the helpline.
- The new contract is more expensive than the old one, and nobody warned me.
+ The girl in the shop transferred all my photos to the new phone for me.
+ Speeds have been rock solid since the engineer replaced the box outside.
+ They rang back exactly when they said they would.
+ I was expecting hassle cancelling, but it took two minutes.
+ My elderly dad's phone was set up with big icons and they showed him how to use it.
0 My contract runs until next October.
0 Can I keep my number if I move to a business account?
0 Please post the new SIM to my office.
`,
  'banking-insurance': `
- My card was declined at the supermarket and the bank couldn't say why.
- They lost the original deeds and now want me to pay for copies.
- The loan calculator online and the real offer are miles apart.
- I've been passed between the claims team and the broker for a month.
- The renewal price went up by half and the cover got worse.
+ The claims handler checked in every few days until the car was back.
+ Opening the account took ten minutes on the app.
+ They spotted the duplicate direct debit and paid it back before I noticed.
+ Friendly branch, and they never try to sell me things I don't need.
+ My travel claim was settled while I was still abroad.
0 I'd like to add my partner to the policy.
0 What is the daily limit for transfers?
0 The payment reference is my policy number.
`,
  property: `
- The door entry system has been broken since Christmas, so couriers can't get in.
- We pay for a gardener who comes twice a year.
- They repainted the hallway and left drips on every carpet.
- The office only answers emails on Tuesdays, apparently.
- Water came through the ceiling and the out-of-hours number rang out.
+ The new lift is quiet and hasn't broken down once.
+ Someone came within the hour to sort out the burst pipe.
+ The estate team cleared the blocked drain before it flooded anything.
+ Nice to finally have a manager who replies the same day.
+ They fixed the leaking gutter without us even having to ask.
0 When does the scaffolding come down?
0 The recycling collection moves to Thursdays from next month.
0 Could I get a copy of the building insurance certificate?
`,
  hotel: `
- The bathroom had hair in the sink and a dirty towel on the floor when we arrived.
- We were charged for parking that was advertised as free.
- The "quiet room" was above the nightclub.
- Room service took over an hour and got the order wrong.
- They gave our room away because we checked in after nine.
+ The receptionist booked us a taxi and a table at a great local restaurant.
+ Breakfast was fresh and there was plenty of choice.
+ Everything was spotless and the bed was huge.
+ The manager personally apologised for the noise and refunded one night.
+ Perfect location, and the staff couldn't do enough for us.
0 We'll need a cot in the room.
0 Is there a lift to the second floor?
0 Arriving by train around four.
`,
  'after-sales': `
- The technician arrived four hours late and didn't have the right part.
- My laptop came back from repair with a new scratch on the lid.
- They keep asking for photos I've already sent.
- The extended warranty they sold me doesn't cover the one thing that broke.
- Third replacement in a year, and this one is faulty too.
+ The support agent stayed on the line until the update had finished.
+ They collected the broken oven and delivered a new one the same day.
+ The repair was free because it was still under warranty, no questions.
+ My phone screen was replaced in an hour while I did some shopping.
+ The engineer explained what had failed and how to avoid it in future.
0 The fault code on the display is E4.
0 Please confirm the engineer's arrival window.
0 Is the washing machine still under warranty?
`,
  restaurant: `
- The pizza arrived cold and the box was soaked through.
- Our waiter vanished after taking the order.
- Half the menu wasn't available and nobody told us until we ordered.
- They brought the starters and mains at the same time.
- I paid extra for delivery and it took longer than walking there.
+ The chef made a special dish for my son who is a very fussy eater.
+ Quick, friendly and the burger was cooked exactly how I asked.
+ The manager gave us dessert on the house after the mix-up.
+ We come here every Friday and it never disappoints.
+ The food arrived early, still piping hot.
0 Could we have a high chair, please?
0 Do you take bookings for Christmas Day?
0 Two of us are vegetarian.
`,
  healthcare: `
- The out-of-hours doctor told me to go to A&E, where they sent me back home.
- My referral letter was never sent, so I've lost my place on the list.
- The nurse forgot to take the second blood sample.
- The appointment line is engaged from eight until the slots are gone.
- They discharged my mother before anyone had spoken to us.
+ The receptionist found me a cancellation the next morning.
+ The physio was encouraging and the exercises really work.
+ The doctor explained my options without any jargon.
+ The hospital transport was on time in both directions.
+ My prescription was ready before I got to the pharmacy.
0 I'd like to book a flu jab.
0 Does the clinic have parking?
0 My new address is on the form.
`,
  retail: `
- The item in the photo and the item in the box are not the same product.
- Click and collect said ready, but the counter had no record of it.
- The security tag was left on and the alarm went off in the next shop.
- They charged me full price for an item on the sale rail.
- The delivery slot was 7 to 7, and they came at 7.05 pm after I'd gone out.
+ The cashier noticed I'd been overcharged and fixed it before I asked.
+ They let me exchange the shoes even though I'd worn them once.
+ Helpful staff who actually know the products.
+ Great price, arrived next day, exactly as described.
+ The bike was assembled and ready to ride when I collected it.
0 Do you do gift wrapping?
0 I'm returning the lamp I bought online.
0 The parcel is addressed to my neighbour.
`,
};

export const DEVELOPMENT_6_COMMENTS_EN: readonly TLabelledComment[] = Object.entries(EN).flatMap(
  ([industry, block]) => parseLabelledComments(industry, block),
);
