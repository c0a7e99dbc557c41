// Eighth English development comments: 104, 13 per industry (5 negative, 5 positive, 3 neutral), written
// and labelled in one pass after look 16 and before anything was changed for them, without reading any
// test comment, in a looser register (survey shorthand, two or three sentences, American and British
// usage), as the fresh measure of an English model that trains on the first seven sets.
import { parseLabelledComments, type TLabelledComment } from './parse.ts';

const EN: Readonly<Record<string, string>> = {
  telecom: `
- Ported my number over and lost service for four days. Zero updates.
- Bill went up $15 with no explanation. Called twice, got two different answers.
- Tech was supposed to come between 8 and 12. Showed up at 4.
- Hotspot stops working every time I leave the city.
- The store rep sold me a plan I don't need and now there's a fee to change it.
+ Tech was in and out in 30 min and the speed test is triple what it was.
+ Honestly the smoothest phone upgrade I've ever had.
+ Rep caught a billing error I hadn't even noticed and credited it back.
+ Great coverage even out at the lake.
+ She stayed late to finish setting up my mom's tablet.
0 How do I turn off international roaming?
0 Need the PUK code for my daughter's SIM.
0 I'm switching to the family plan next month.
`,
  'banking-insurance': `
- Wire transfer has been "pending" for a week and nobody can tell me where it is.
- The agent talked over me the whole call.
- Had to send the same documents three times because they kept losing them.
- Claim denied on a technicality after six weeks of waiting.
- The new app keeps logging me out halfway through payments.
+ Teller spotted that my check was made out wrong before I deposited it. Saved me a headache.
+ Claim approved in two days, check in the mail by Friday.
+ Loan officer walked me through every line of the paperwork.
+ They reversed the overdraft fee without me even asking.
+ Quick, polite and no pushy sales pitch.
0 What documents do I need to open a savings account?
0 Please send the statement to my new address.
0 My policy renews in March.
`,
  property: `
- Hot water's been out two days in January. Unacceptable.
- Maintenance marked my request "complete" but nobody came.
- The gym equipment has been broken since summer.
- Got a fine for a parking space I was told was mine.
- Management ignores every noise complaint about 4B.
+ Maintenance had the AC running again within the hour. On a Sunday!
+ The new leasing office staff actually return calls.
+ Hallways smell fresh and the laundry room is always clean.
+ Snow was cleared before 7am every single day.
+ They gave us a week's notice and a clear schedule for the window replacement.
0 When is the rent due this month?
0 Can I have a second key fob?
0 Package room hours?
`,
  hotel: `
- Paid for ocean view, got a view of the parking garage.
- Front desk had no record of my booking and acted like it was my fault.
- Hair in the bathtub and a stain on the pillowcase. Gross.
- Wifi was so slow I couldn't join a single video call.
- Waited 25 minutes for the elevator at checkout time.
+ Staff upgraded us when they heard it was our honeymoon. Above and beyond.
+ Spotless room, comfy bed, great water pressure.
+ The night manager sorted out our lost luggage by morning.
+ Breakfast was fresh and they had proper gluten-free options.
+ Checked in early with no charge, which made our day.
0 Is there a shuttle from the airport?
0 We'll need a crib in the room.
0 Checking out Sunday around noon.
`,
  'after-sales': `
- Dishwasher repaired twice, still leaves everything dirty.
- They cancelled my repair appointment the morning of. Again.
- Was told it's not covered because of "user damage". I barely used it.
- Sent my laptop in three weeks ago. Status still says "received".
- The replacement part they sent was for a different model.
+ Repair guy was friendly, quick and explained what broke.
+ Dryer's been running like new since the fix.
+ They shipped a replacement before I even sent the old one back.
+ Online booking was easy and he showed up right on time.
+ Warranty covered everything, no arguments.
0 How long is the warranty on refurbished units?
0 My serial number is on the receipt.
0 I'd like to book a service for my boiler.
`,
  restaurant: `
- Ordered medium rare, got well done. Twice.
- Server disappeared for 20 minutes after taking our order.
- Delivery was an hour late and the fries were soggy.
- Charged us for bottled water we didn't ask for.
- Table was sticky and the menus were greasy.
+ Server remembered our names from last time.
+ Food came out hot and fast even though they were slammed.
+ Great portions for the price.
+ Manager comped our desserts after a mix-up with the order.
+ The kitchen made a special dish for my son's allergy.
0 Do you have high chairs?
0 Reservation for 6 at 7:30 under Lee.
0 Is the patio open in winter?
`,
  healthcare: `
- Front desk was rude and made me feel like a bother.
- Three hours in the waiting room past my appointment time.
- They billed my insurance for a test I never had.
- The doctor barely looked at me before writing the script.
- Still no callback about my biopsy results after ten days.
+ Nurse practitioner was thorough and actually listened.
+ Got a same-day appointment when my kid was sick.
+ Clear instructions for after the procedure, and they called the next day to check on me.
+ The pharmacy texted when my refill was ready.
+ Dentist was gentle, didn't hurt at all.
0 I need to reschedule my physical.
0 Do you accept my insurance plan?
0 My appointment is on the 14th.
`,
  retail: `
- Ordered a blue sofa, they delivered a grey one.
- The cashier was on her phone the whole time.
- Return took 45 minutes at customer service.
- Jeans ripped at the seam on the second wear.
- Website said in stock. Store said discontinued.
+ Associate found the last one in the back for me.
+ Returns were no hassle, refund hit my card the next day.
+ Curbside pickup was quick and they loaded the car.
+ Prices beat everywhere else in town.
+ Super helpful staff in the garden center.
0 Do you price match online retailers?
0 Can I pick up an order for someone else?
0 I bought this last week.
`,
};

/** The eighth English development set (see the comment at the top). */
export const DEVELOPMENT_8_COMMENTS_EN: readonly TLabelledComment[] = Object.entries(EN).flatMap(
  ([industry, block]) => parseLabelledComments(industry, block),
);
