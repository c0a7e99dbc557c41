// Service-language test set, English: 400 comments written for mot (not taken from any corpus) and labelled
// before the sentiment model was changed. See docs/text-analytics.md, "The service-language test set".
import { parseLabelledComments, type TLabelledComment } from './parse.ts';

const TELECOM = `
- The broadband drops every evening and three calls to support changed nothing.
- I waited three hours and nobody came. Terrible.
- Signal at home is so weak I have to stand by the window to make a call.
- They moved me to a new plan without asking and my bill went up by twenty dollars.
- The technician was supposed to come in the morning and showed up at four.
- Forty minutes on hold just to be told to restart the router.
- Great, another hour on hold.
- The store staff could not answer a single question about my contract.
- Porting my number took a week and I had no service the whole time.
- Speeds are nowhere near what was advertised.
- Every time I complain they promise a callback that never happens.
- Oh wonderful, charged again for a service I cancelled in March.
- Cancelling the account is a nightmare of forms and transfers.
- The new modem made no difference, the connection still drops.
- The agent was rude and kept interrupting me.
- I have no signal at all in the basement and nobody cares.
- The bill is impossible to read and support could not explain it either.
- Two visits and the line is still noisy.
- They keep calling to sell me upgrades I do not want.
- Changing my plan apparently takes seven working days, which is ridiculous.
+ The technician arrived on time and had the fibre running in half an hour.
+ The support agent walked me through the router settings step by step, very patient.
+ Problem solved, the connection has been stable all week.
+ Someone came out the day after I complained, impressive.
+ The staff in the store found me a cheaper plan that fits what I use.
+ Coverage is much better than before, even in the lift.
+ The installer tidied all the cables before he left.
+ My refund arrived quickly and without any argument.
+ Fixed on the first visit.
+ No problems at all since the upgrade.
+ Not bad, the speed is fine for streaming.
+ Can't fault them, installation took two days from order to live.
+ The line used to drop constantly but it hasn't dropped once since they replaced the box.
+ The queue was long but the agent sorted everything out in one call.
+ Knowledgeable engineer, he found the fault in minutes.
+ A year in and no complaints.
+ Someone answered straight away and fixed it on the spot.
+ Happy overall, I will renew with them.
+ The billing issue was resolved and they credited my account.
+ Clear explanation of the charges, finally I understand my bill.
0 I would like to know the renewal offers for my broadband.
0 How do I turn on international roaming?
0 The technician replaced the modem this morning.
0 My plan costs 45 dollars a month.
0 Please email me last month's itemised bill.
0 My contract ends next week.
0 What time does the store close on Sundays?
0 I asked to suspend the line while I am abroad.
0 The engineer said the cable needs to be rerouted, booked for Saturday.
0 Can I share data between my two SIM cards?
`;

const BANKING = `
- I queued at the branch for ninety minutes with only two counters open.
- They charged the annual card fee without any notice.
- I have sent the claim documents three times and each time something is missing.
- The adviser pushed an investment product and never mentioned the risks.
- The mobile app crashes halfway through every transfer.
- Two months and my claim is still not settled.
- I was transferred five times and nobody could help.
- The loan approval was promised in a week and took a month.
- My card was frozen without warning while I was travelling.
- When they sold me the policy everything was covered, now nothing is.
- The branch manager was cold and impatient.
- Nobody told me about the early repayment penalty.
- Lovely, I need an appointment three days ahead just to withdraw cash.
- Surrendering the policy cost me half of what I paid in, which the agent never mentioned.
- Replacing a lost card means travelling back to the branch where I opened the account.
- Every call ends with them telling me to do it online, and online does not work.
- My car insurance renewal went up a lot with no explanation.
- The ATM swallowed my card and nobody came for half an hour.
- The claims handler spoke to me as if I were trying to cheat them.
- They got the interest wrong and it took three complaints to correct it.
+ The claim was paid three days after I sent the last document.
+ The teller knew exactly what to do and it took five minutes.
+ My adviser explained the risks of every product clearly.
+ Fraud on my card was handled quickly and I got every cent back.
+ The claims handler went through my papers with me one by one, very patient.
+ The new version of the app is much easier to use.
+ The mortgage was approved faster than expected.
+ I got through to a person right away and the problem was resolved on the call.
+ The branch manager helped an elderly customer fill in her forms, which was kind.
+ After the accident the assessor was at the scene within half an hour.
+ Issue resolved and the extra interest was refunded.
+ No problem, my account is back to normal.
+ Not bad at all, much quicker than the last time I queued here.
+ Could not have been more efficient, done in one visit.
+ Lots of paperwork, but the staff helped the whole way and I am satisfied.
+ My agent stayed on the phone with me the night of the accident.
+ The claims process was transparent, with a text at every step.
+ The lady at the counter was friendly and clear.
+ After my complaint someone called back and apologised sincerely.
+ I will keep banking with them.
0 Can I change the statement date of my credit card?
0 What is the interest rate on a one-year deposit?
0 I activated my new debit card at the branch today.
0 I need to change the beneficiary on my policy.
0 The claim documents were posted yesterday.
0 What is the procedure for paying off my mortgage early?
0 My repayment is due on the fifteenth.
0 Do I need the original ID or is a copy fine?
0 The adviser said he would contact me next week.
0 I hold two savings accounts and one credit card with you.
`;

const PROPERTY = `
- The stairwell light has been broken for a month and three reports got nobody out.
- The lift is out of service every other week and all we get is a notice.
- Service charges go up every year while the service gets worse.
- Rubbish has been piling up by the gate for days.
- Water is leaking from upstairs and management keeps passing the buck.
- The security guard is on his phone all day and anyone can walk in.
- The repairman looked at it, said he needed a part, and never came back.
- Renovation noise upstairs goes on until eleven and management says it can't help.
- Someone parked in my space and nobody answers the management phone.
- Three repairs and it still leaks.
- The property manager was rude and knew nothing.
- The gardens are overgrown, as if nobody looks after them.
- The work order says completed but nobody ever came.
- Brilliant, I pay my fees on time and get zero service.
- The car park flooded and nobody takes responsibility.
- The parcel lockers have been broken for over a week.
- The gym equipment is broken and never repaired.
- They cut the water without notice and we woke up with none.
- The charges are opaque and the shared electricity bill makes no sense.
- I complained about a barking dog and all they said was they would talk to the neighbour.
+ The plumber was here half an hour after I called and fixed the pipe.
+ Our building manager is on top of everything and keeps us informed.
+ The security guard kindly helped me carry my shopping upstairs.
+ The grounds are clean and well kept.
+ The lift has been repaired and runs smoothly now.
+ The repairman even took the rubbish away when he finished.
+ Management handled the dispute with the neighbours well, both sides were happy.
+ During the storm the team pumped water out all night, thank you.
+ The new entry system is much more convenient.
+ Problem fixed, the leaking area was waterproofed again.
+ Nothing to complain about, the service is always good.
+ Can't fault the management here.
+ Not bad, at least there is someone to call when something breaks.
+ The fees are a bit high, but the service really is good.
+ The manager visits every month to ask if we need anything.
+ The renovation permit came quickly and they reminded me of the rules.
+ The stairwell bulb was replaced the same day I reported it.
+ My complaint was dealt with promptly, well done.
+ The repairman was careful and tightened the loose door handle while he was at it.
+ Five years here and I am quite happy with the management.
0 Can I pay the service charge quarterly?
0 Water will be off tomorrow from nine for maintenance.
0 I need a replacement access card.
0 Renovations must be registered with the office first.
0 How much is a monthly parking space?
0 Someone came to read the water meter today.
0 My parcel was left at the front desk.
0 When does the heating charge start?
0 The repair ticket number is 2035.
0 The owners' meeting is next month.
`;

const HOTEL = `
- The room smelled musty and the air conditioning did not cool.
- Check-in took forty minutes with one person at the desk.
- The walls are so thin I could hear every word next door.
- There was hair on the sheets, clearly not changed.
- I booked a king room and was told on arrival there were none left.
- Breakfast had little choice and by nine most of it was gone.
- The hot water kept cutting out in the middle of my shower.
- At checkout they spent ages inspecting the room and claimed I broke something.
- The room looked nothing like the photos, small and tired.
- The staff were cold and barely answered when I asked for directions.
- A five star hotel with a blocked bathroom drain, amazing.
- The wifi never connected, impossible to work.
- The bar downstairs was so loud I could not sleep.
- Parking is overpriced and guests get no discount.
- My deposit still has not been returned after a week.
- I called room service twice and waited over an hour.
- The window would not close and the wind howled in.
- The shower drain smelled so bad we could not use it.
- They gave me the wrong room and then moved me twice.
- Just perfect, the air conditioning broke and nobody answered the phone all night.
+ The receptionist was lovely and upgraded our room for free.
+ The room was spotless and the bed very comfortable.
+ A generous breakfast with both Chinese and Western dishes.
+ Great location, five minutes' walk to the metro.
+ Quiet room, I slept really well.
+ The staff noticed I had a cold and brought me ginger tea.
+ The air conditioning failed but it was fixed within ten minutes of calling.
+ Check-in and checkout were quick, no queue.
+ The view of the river from the room was beautiful.
+ The furniture is a bit dated, but it is very clean and good value.
+ No issues whatsoever, everything went smoothly.
+ Not a bad room for the price.
+ Can't fault the service, I will stay here on my next trip.
+ Luggage storage was easy and the concierge was very helpful.
+ Good quality toiletries, they get the details right.
+ They were happy to give us a late checkout.
+ The butler had a car waiting for us in the morning.
+ Second stay and just as good as the first.
+ I complained about noise and they moved me to a quiet room at once.
+ Excellent value, I will recommend it to friends.
0 Does the hotel offer an airport pickup?
0 Check-in is from two in the afternoon.
0 I have booked two nights from the third to the fifth.
0 I need a VAT invoice for the stay.
0 The car park is on level B2.
0 Our room is on the twelfth floor.
0 Breakfast is served from seven to ten.
0 Could you provide a baby cot?
0 I would like a wake-up call tomorrow morning.
0 There are five of us in three rooms.
`;

const AFTERSALES = `
- The washing machine broke after a month and after-sales keeps stalling.
- I waited in all day for a repair visit and nobody came.
- The technician charged three hundred for a tiny part.
- The fridge has been repaired three times and still does not cool.
- The service line is always busy, and when I got through they told me to book online.
- The engineer said the part is out of stock and I will have to wait two weeks.
- It broke again after the repair and they want another call-out fee.
- The installer made a mess of the wall and did not clean up.
- Charging a diagnosis fee under warranty is unreasonable.
- Exchanging it took three weeks of back and forth.
- Expert service indeed, they repaired absolutely nothing.
- The technician was rude and said it was my fault.
- The compensation promised by the agent never materialised.
- The water heater was not fixed but he made me sign the job sheet anyway.
- I cannot track the repair and nobody on the phone knows anything.
- Lines on the TV screen and they say it is not covered.
- The engineer was two hours late and did not even call.
- My refund request has been under review for two weeks.
- Four reports for the same fault, unbelievable.
- The trade-in discount they promised was refused at the end.
+ The engineer was punctual, thorough, and had it fixed in half an hour.
+ Problem solved, the washing machine is completely quiet now.
+ After-sales responded fast and sent someone the same day.
+ It has been fixed and the technician showed me how to clean the filter.
+ Out of warranty and they only charged for the part, very fair.
+ Fixed first time and no trouble since.
+ Customer service called back to check everything was working, a nice touch.
+ The exchange was painless and the new unit arrived the next day.
+ Very professional installer, he even wiped the floor before leaving.
+ No problem now, the air conditioning cools perfectly.
+ A decent repair and it did not cost much.
+ I honestly can't find anything to complain about.
+ Spot on, the technician knew his stuff.
+ Waiting for the part took a few days, but the repair was thorough.
+ The technician explained the fault and the cost clearly.
+ Their after-sales service keeps getting better.
+ The refund came through quickly.
+ The engineer wore shoe covers, very considerate.
+ A good repair experience, I will buy this brand again.
+ Handled promptly, thanks to the support team.
0 How long is the warranty on this model?
0 I would like to book an installation for next Saturday.
0 I have received the repair ticket number.
0 The water heater shows error code E3.
0 Do I need to provide the receipt?
0 The technician will collect it tomorrow afternoon.
0 How much does it cost to move the outdoor unit?
0 I have sent photos of the fault to support.
0 I bought the dishwasher last November.
0 Please change the visit to Sunday morning.
`;

const RESTAURANT = `
- The food was so slow, an hour before everything arrived.
- The fish was not fresh and smelled off.
- The waiter was rude and ignored us several times.
- Portions keep shrinking while prices keep rising.
- I found a hair in my soup, disgusting.
- The delivery arrived cold.
- I ordered mild and it was too spicy to eat.
- The table was greasy and the cutlery was not clean.
- We queued two hours and were rushed out after twenty minutes.
- They charged us for a dish we never ordered.
- Trendy place, only good for photos.
- So noisy we had to shout.
- I asked for medium and got a steak that was well done and tough.
- They delivered the wrong order and said I had ordered it wrong.
- Nobody mentioned the minimum spend for the private room.
- Everything is pre-made and microwaved.
- The waiter kept pushing drinks on us, annoying.
- I was sick after eating here and will never come back.
- Nobody managed the queue and people pushed in.
- Great service, I had to swap the wrong dish myself.
+ Fresh ingredients and great flavour.
+ The waiter was attentive and changed our plates without being asked.
+ Food came quickly, all served within ten minutes.
+ Lovely atmosphere for a dinner with friends.
+ The dish was too salty, but they remade it right away.
+ Generous portions and great value.
+ The delivery was fast and the food still hot.
+ The owner was lovely and gave us a free dessert.
+ Not bad at all, and the prices are fair.
+ Consistently good every time we come.
+ Could not fault it, we will be back.
+ No problems, the food and service were both good.
+ The queue was long but the food was worth it.
+ Spotless dining room and sterilised cutlery.
+ It was my son's birthday and they brought out noodles for him, so touching.
+ The chef really knows what he is doing, the signature dish lives up to its name.
+ The waiter remembered our allergies, very thoughtful.
+ Third visit, as delicious as ever.
+ The roast duck is crispy and tender, highly recommended.
+ The reviews are right, strongly recommend.
0 Do we need to book for the weekend?
0 We have a table for four at half past six.
0 Do you have high chairs?
0 Can I get a receipt for a delivery order?
0 We ordered kung pao chicken and mapo tofu today.
0 The restaurant is open until ten.
0 Parking is on level B2 of the mall.
0 I would like to book a private room for twelve.
0 Can you make it without onion, ginger or garlic?
0 The voucher is valid Monday to Friday.
`;

const HEALTHCARE = `
- Two hours to register and three minutes with the doctor.
- The doctor was cold and got impatient when I asked questions.
- Test results take a week, far too slow.
- The nurse needed three attempts to find a vein and my arm is bruised.
- Half the payment machines were broken, so another queue.
- My appointment was at nine and I was seen at half past eleven.
- They ordered a pile of tests that seemed completely unnecessary.
- The ward toilets were filthy and not cleaned for days.
- The person at the information desk was curt and would not give directions.
- A specialist appointment and he never once looked up at me.
- My report would not print and I was sent between three windows.
- The insurance settlement was wrong and I was overcharged.
- The ward was noisy at night with staff chatting loudly.
- An hour queuing at the pharmacy.
- At the follow-up I saw a different doctor and had to repeat everything.
- One result in my check-up report was clearly wrong and nobody will fix it.
- The companion bed is expensive and uncomfortable.
- The operation was postponed three times without any reason given.
- I paid for an online consultation and the doctor never replied.
- Three different apps just to get a queue number, ridiculous.
+ The doctor was patient and explained the diagnosis and treatment clearly.
+ The nurse was gentle and the injection did not hurt.
+ With the appointment I hardly waited at all.
+ The nurses took great care of me during my stay.
+ The follow-up results are good and I have recovered.
+ A very skilled doctor who found the cause straight away.
+ Results are available on my phone, very convenient.
+ The surgeon visited every day after the operation.
+ A volunteer walked me all the way to the scan room.
+ Problem solved, the stomach trouble I had for years is finally gone.
+ The hospital was clean and fresh.
+ All good now, the doctor says I am healing well.
+ Not a bad doctor at all, the medicine worked.
+ Can't fault the care, and the process was smooth.
+ It was busy, but well organised and the wait was short.
+ The doctor patiently answered all my questions.
+ The online follow-up was easy and the medicine was posted to me.
+ The carer was responsible and my family felt reassured.
+ Thank you Dr Wang, the operation was a success.
+ Service at this hospital keeps improving.
0 Is there a paediatric clinic on Saturdays?
0 I have an endoscopy booked for tomorrow morning.
0 Do I need to fast before the check-up?
0 The registration fee is fifty.
0 The doctor asked me to come back in two weeks.
0 How much is the deposit for admission?
0 Can the report be posted to me?
0 I had a blood test and a urine test today.
0 Which floor is the testing centre on?
0 Does my insurance card need activating first?
`;

const RETAIL = `
- The shirt faded after one wash.
- One till open and the queue reached the door.
- The sales assistant followed me around the whole time pushing products.
- The shelf price and the till price were different and nobody explained.
- They would not take the return without the original box.
- The milk I bought was past its date.
- My loyalty points vanished for no reason.
- The assistant gave me a dirty look after I tried on two things.
- The website said in stock, the shop had none.
- The delivery slot was changed three times.
- Buy one get one free, and the free one was about to expire.
- The box was crushed and two glasses inside were broken.
- They advertise a seven-day return and then refused mine.
- The promotion rules are so complicated I only found out at the till that my coupon was invalid.
- The fruit looked fine outside and was rotten inside.
- The shelves are a mess, it takes forever to find anything.
- The invoice was wrong and a new one takes two weeks.
- They charge for bags without telling you.
- Quality keeps getting worse, I will not be back.
- Fantastic, I waited a week for the order and it arrived broken.
+ The assistant was helpful and found me the right size.
+ The return was easy and the money was back the same day.
+ Delivered the next day.
+ Good quality and exactly as described.
+ The store is clean and everything is neatly arranged.
+ Checkout was quick and the self-service tills are handy.
+ Big discounts on members' day, great value.
+ The size was wrong but exchanging it was no trouble at all.
+ No problem, the order arrived intact.
+ Not bad quality for the price.
+ Couldn't fault the packaging either.
+ A month in and nothing wrong with it.
+ A bit pricier, but you can trust the quality.
+ The assistant was knowledgeable and explained it in detail.
+ An item was missing and support sent it right away.
+ Support replied quickly and the issue was sorted.
+ The free samples were a nice touch.
+ I have shopped here for years and never been let down.
+ Carefully packed, nothing fragile was damaged.
+ I have recommended them to my friends.
0 Does this come in black?
0 I ordered two shirts in size L.
0 Can I use my membership card at other branches?
0 My order number is 886201.
0 How late is the supermarket open at weekends?
0 Can I pay for this in instalments?
0 I want to change the delivery address to my office.
0 I bought a rice cooker in the store today.
0 The coupon expires on the first of next month.
0 Can you check where my parcel is?
`;

/** The English half of the service-language test set: 50 comments in each of 8 industries. */
export const SERVICE_COMMENTS_EN: readonly TLabelledComment[] = [
  ...parseLabelledComments('telecom', TELECOM),
  ...parseLabelledComments('banking-insurance', BANKING),
  ...parseLabelledComments('property', PROPERTY),
  ...parseLabelledComments('hotel', HOTEL),
  ...parseLabelledComments('after-sales', AFTERSALES),
  ...parseLabelledComments('restaurant', RESTAURANT),
  ...parseLabelledComments('healthcare', HEALTHCARE),
  ...parseLabelledComments('retail', RETAIL),
];
