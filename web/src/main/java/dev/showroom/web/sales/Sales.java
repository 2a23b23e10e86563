package dev.showroom.web.sales;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

/**
 * The consultant's screens in English (my day, the lead timeline, needs analysis, test drive, quote, order);
 * Simplified Chinese in {@code messages/sales_zh_CN.properties}. Templates: {@code {sales:key}}. A bundle of
 * its own, beside the shell's {@code msg}, so that the screens of each role grow without touching one file.
 */
@MessageBundle(value = "sales", locale = "en")
public interface Sales {

    // ---- shared
    @Message("My day")
    String nav_day();

    @Message("Note")
    String note();

    @Message("Choose…")
    String choose();

    @Message("Back to the lead")
    String back_to_lead();

    @Message("{#when state}{#is 'done'}done{#is 'next'}next{#is 'showroom'}showroom{#else}ahead{/when}")
    String state(String state);

    @Message(
            "{#when what}{#is 'followUp'}Follow-up recorded.{#is 'grade'}Grade saved.{#is 'qualify'}Qualification saved."
                    + "{#is 'defeat'}The lead is marked defeated.{#is 'reopen'}The lead is open again.{#is 'needs'}Needs analysis saved."
                    + "{#is 'booked'}Test drive booked.{#is 'started'}Test drive started.{#is 'completed'}Test drive completed."
                    + "{#is 'quoted'}Quote created.{#is 'ordered'}Order created.{#is 'signature'}Contract signed."
                    + "{#is 'deposit'}Deposit recorded.{#is 'allocation'}Allocation recorded.{#is 'pdi'}Inspection recorded."
                    + "{#is 'delivery'}Car delivered.{#is 'objection'}Objection recorded.{#is 'resolved'}Objection resolved.{#is 'presented'}Presentation recorded."
                    + "{#else}Saved.{/when}")
    String done(String what);

    @Message("Part of this lead's story could not be read just now ({#each gaps}{it}{#if it_hasNext}, {/if}{/each}): "
            + "what it shows may be incomplete. Reload the page in a moment.")
    String lead_gaps(java.util.List<String> gaps);

    // ---- my day
    @Message("My day")
    String day_title();

    @Message("Today, {today}: who to call and who is coming.")
    String day_lede(LocalDate today);

    @Message("Overdue follow-ups")
    String day_overdue();

    @Message("Follow-ups due today")
    String day_due_today();

    @Message("Today's appointments")
    String day_appointments();

    @Message("Today's test drives")
    String day_drives();

    @Message("Nothing overdue.")
    String day_none_overdue();

    @Message("No follow-up due today.")
    String day_none_due();

    @Message("No appointment today.")
    String day_none_appointments();

    @Message("No test drive today.")
    String day_none_drives();

    @Message("Coming up")
    String day_coming();

    @Message("Nothing booked for the days ahead.")
    String day_none_coming();

    @Message("test drive")
    String day_coming_drive();

    @Message("was due {when}")
    String day_was_due(String when);

    @Message("Only the first 100 follow-ups due today are listed.")
    String day_truncated();

    @Message(
            "{#when status}{#is 'TO_INVITE'}to invite{#is 'BOOKED'}booked{#is 'ATTENDED'}attended{#is 'NO_SHOW'}no-show"
                    + "{#is 'CANCELLED'}cancelled{#else}{status}{/when}")
    String appointment_status(String status);

    @Message("{#when status}{#is 'BOOKED'}booked{#is 'IN_PROGRESS'}on the road{#is 'COMPLETED'}completed"
            + "{#is 'CANCELLED'}cancelled{#is 'NO_SHOW'}no-show{#else}{status}{/when}")
    String drive_status(String status);

    // ---- the lead's timeline
    @Message("The ten steps")
    String timeline_label();

    @Message("{#when step}{#is '1'}Prospecting{#is '2'}Pre-sales preparation{#is '3'}Reception{#is '4'}Needs analysis"
            + "{#is '5'}Product presentation{#is '6'}Test drive{#is '7'}Negotiation{#is '8'}Closing{#is '9'}Delivery"
            + "{#is '10'}Follow-up{#else}{step}{/when}")
    String step_name(String step);

    @Message("What is next")
    String next_title();

    @Message("Go")
    String next_go();

    @Message("{#when key}{#is 'next_reopen'}The customer is defeated: reopen the lead if they come back."
            + "{#is 'next_invite'}Invite the customer to the showroom (the front desk records the visit)."
            + "{#is 'next_needs'}Understand the customer's needs (NEADS and FORM)."
            + "{#is 'next_drive'}Carry out the booked test drive."
            + "{#is 'next_book'}Book a test drive."
            + "{#is 'next_quote'}Build a quote."
            + "{#is 'next_approval'}The quote waits for the manager's approval of its discount."
            + "{#is 'next_close'}Turn the quote into an order."
            + "{#is 'next_order'}Take the order to its next step."
            + "{#is 'next_care'}Delivered: customer care calls the customer on the days after delivery."
            + "{#else}{key}{/when}")
    String next(String key);

    @Message("The showroom's morning checklist: not a step of one customer.")
    String step2_hint();

    @Message("After delivery, customer care calls the customer and sends the satisfaction survey.")
    String step10_hint();

    @Message("captured ({msg:channel(channel)})")
    String ev_captured(String channel);

    @Message("got in touch ({msg:channel(channel)})")
    String ev_contact(String channel);

    @Message("qualified: need, means and authority confirmed")
    String ev_qualified();

    @Message("defeated")
    String ev_defeated();

    @Message("appointment")
    String ev_appointment();

    @Message("Models presented")
    String ev_presented();

    @Message("signed {when}")
    String ev_signed(String when);

    @Message("car allocated: VIN {vin}")
    String ev_allocated(String vin);

    @Message("pre-delivery inspection passed")
    String ev_pdi_passed();

    @Message("handed over to the customer")
    String ev_delivered();

    @Message("{#when kind}{#is 'CALL'}Phone enquiry{#is 'WALK_IN'}Walk-in{#else}{kind}{/when}")
    String visit_kind(String kind);

    @Message("party of {size}")
    String party(Integer size);

    @Message("{met} of {checks} checkpoints met")
    String checkpoints_met(long met, int checks);

    @Message("overall {rating}/5")
    String rating(Integer rating);

    // ---- actions on the lead
    @Message("Record a follow-up")
    String followup_title();

    @Message("How")
    String followup_kind_label();

    @Message("{#when kind}{#is 'CALL'}Call{#is 'MESSAGE'}Message{#is 'VISIT'}Visit{#else}{kind}{/when}")
    String followup_kind(String kind);

    @Message("What came of it")
    String followup_outcome();

    @Message("Next step agreed")
    String followup_next_step();

    @Message("Regrade at the same time")
    String followup_regrade();

    @Message("Keep the grade")
    String grade_keep();

    @Message("Record the follow-up")
    String followup_record();

    @Message("Regrade")
    String grade_title();

    @Message("Save the grade")
    String grade_save();

    @Message("Buys")
    String timeframe_label();

    @Message("{#when timeframe}{#is 'THIS_WEEK'}This week{#is 'THIS_MONTH'}This month{#is 'ONE_TO_THREE_MONTHS'}"
            + "In one to three months{#is 'LATER'}Later{#else}Not asked yet{/when}")
    String timeframe(String timeframe);

    @Message("The timeframe suggests grade {grade}; the choice is yours.")
    String grade_suggested(String grade);

    @Message("Qualification")
    String qualify_title();

    @Message("A qualified prospect has a need, the means to pay and the authority to decide.")
    String qualify_hint();

    @Message("Confirmed with the customer")
    String qualify_confirmed();

    @Message("Need")
    String qualify_need();

    @Message("Means to pay")
    String qualify_means();

    @Message("Authority to decide")
    String qualify_authority();

    @Message("Save the qualification")
    String qualify_save();

    @Message("The lead is closed (ordered, defeated or erased): its qualification is kept as it was. Confirmed:")
    String qualify_closed();

    @Message("none")
    String qualify_none_confirmed();

    @Message("Defeat")
    String defeat_title();

    @Message("Reason")
    String defeat_reason_label();

    @Message("{#when reason}{#is 'BOUGHT_COMPETITOR'}Bought a competitor's car{#is 'BOUGHT_SAME_BRAND_ELSEWHERE'}"
            + "Bought our brand elsewhere{#is 'POSTPONED'}Postponed the purchase{#is 'LOST_CONTACT'}Lost contact"
            + "{#is 'PRICE'}Price{#is 'FINANCING_REFUSED'}Financing refused{#is 'OTHER'}Other{#else}{reason}{/when}")
    String defeat_reason(String reason);

    @Message("Competitor's brand")
    String defeat_competitor_brand();

    @Message("Competitor's model")
    String defeat_competitor_model();

    @Message("Only when the customer bought a competitor's car: then both are required.")
    String defeat_competitor_hint();

    @Message("Decisive objection")
    String defeat_objection_label();

    @Message("None recorded")
    String defeat_objection_none();

    @Message("Stage reached")
    String defeat_stage_label();

    @Message("Manager's review")
    String defeat_review_label();

    @Message("{#when review}{#is 'PENDING'}waiting for the manager{#is 'CONFIRMED'}confirmed{#is 'REOPENED'}reopened"
            + "{#else}{review}{/when}")
    String defeat_review(String review);

    // ---- objections (seed 002's routine)
    @Message("Objections")
    String objections_title();

    @Message("Hear the objection out, confirm it, tell a true objection from a pretext, lock it (\"is this the only"
            + " reason?\"), get a commitment, then answer.")
    String objections_hint();

    @Message("No objection recorded.")
    String objections_none();

    @Message("{#when category}{#is 'PRICE'}Price{#is 'PRODUCT_FUNCTION'}Product function{#is 'AFTER_SALES_SERVICE'}"
            + "After-sales service{#is 'COMPETITOR'}Competitor{#is 'RESOURCES_SUPPORT'}Resources and support"
            + "{#is 'GUARANTEES'}Guarantees{#is 'FINANCING'}Financing{#is 'TRADE_IN'}Trade-in value{#is 'TIMING'}Timing"
            + "{#is 'OTHER'}Other{#else}{category}{/when}")
    String objection_category(String category);

    @Message("{#when context}{#is 'RECEPTION'}Reception{#is 'FOLLOW_UP'}Follow-up{#is 'NEEDS_ANALYSIS'}Needs analysis"
            + "{#is 'PRESENTATION'}Presentation{#is 'TEST_DRIVE'}Test drive{#is 'NEGOTIATION'}Negotiation"
            + "{#is 'CLOSING'}Closing{#is 'OTHER'}Other{#else}{context}{/when}")
    String objection_context(String context);

    @Message("{#when genuine}{#is 'TRUE_OBJECTION'}A true objection{#is 'PRETEXT'}A pretext{#is 'UNKNOWN'}Not told yet"
            + "{#else}{genuine}{/when}")
    String objection_genuine(String genuine);

    @Message("resolved")
    String objection_resolved();

    @Message("open")
    String objection_open();

    @Message("{#if decides}The decision maker{#else}Not the decision maker{/if} · {sales:objection_genuine(genuine)}"
            + "{#if locked} · the only reason{/if}{#if committed} · commitment obtained{/if}")
    String objection_routine(boolean decides, String genuine, boolean locked, boolean committed);

    @Message("Answer given")
    String objection_answer_given();

    @Message("The answer given")
    String objection_answer();

    @Message("Commitment obtained (\"if we solve this, will you decide now?\")")
    String objection_commitment();

    @Message("Mark as resolved")
    String objection_resolve();

    @Message("Objection")
    String objection_category_label();

    @Message("Raised during")
    String objection_context_label();

    @Message("The routine")
    String objection_routine_legend();

    @Message("Talking to the decision maker")
    String objection_decides();

    @Message("True objection or pretext")
    String objection_genuine_label();

    @Message("Locked: \"Is this the only reason you cannot decide?\" — yes")
    String objection_only_reason();

    @Message("Resolved now")
    String objection_resolved_now();

    @Message("Record the objection")
    String objection_record();

    @Message("Mark as defeated")
    String defeat();

    @Message("Defeated")
    String reopen_title();

    @Message("Reopen the lead")
    String reopen();

    // ---- needs analysis, test drive, quote, order
    @Message(
            "{#when aspect}{#is 'acceleration'}Acceleration{#is 'handling'}Handling{#is 'comfort'}Comfort{#is 'quietness'}Quietness{#else}{aspect}{/when}")
    String aspect(String aspect);

    @Message(
            "{#when method}{#is 'CASH'}Cash{#is 'CARD'}Card{#is 'BANK_TRANSFER'}Bank transfer{#is 'MOBILE_PAYMENT'}Mobile payment{#else}{method}{/when}")
    String deposit_method(String method);

    @Message("Book a test drive")
    String drive_book();

    @Message("Book {model} {plate} at {time}")
    String drive_book_slot(String model, String plate, String time);

    @Message("Demo car")
    String drive_car();

    @Message("The customer's comments")
    String drive_comments();

    @Message("Complete the test drive")
    String drive_complete();

    @Message("Day")
    String drive_day();

    @Message("Feedback")
    String drive_feedback();

    @Message("Slots on {date} (45 minutes each)")
    String drive_grid_caption(java.time.LocalDate date);

    @Message("Pick a free slot to book it. Taken: the car is booked then.")
    String drive_grid_hint();

    @Message("Driving licence")
    String drive_licence();

    @Message("The licence was checked at booking; check it again here if you like.")
    String drive_licence_again();

    @Message("checked (…{lastFour}, valid until {expiry})")
    String drive_licence_checked(String lastFour, java.time.LocalDate expiry);

    @Message("Licence valid until")
    String drive_licence_expiry();

    @Message("Check the driving licence before the drive.")
    String drive_licence_needed();

    @Message("Driving licence (optional now, needed before the drive)")
    String drive_licence_now();

    @Message("Licence number")
    String drive_licence_number();

    @Message("not checked yet")
    String drive_licence_unchecked();

    @Message("Next day")
    String drive_next_day();

    @Message("No demo car is available.")
    String drive_no_cars();

    @Message("Odometer")
    String drive_odometer();

    @Message("Odometer at the end (km)")
    String drive_odometer_end();

    @Message("Odometer at the start (km)")
    String drive_odometer_start();

    @Message("Overall rating (1–5)")
    String drive_overall();

    @Message("Previous day")
    String drive_previous_day();

    @Message("That slot was just taken: the car is booked then. Pick another one.")
    String drive_refused();

    @Message("Show the day")
    String drive_show_day();

    @Message("Slot")
    String drive_slot();

    @Message("Start the test drive")
    String drive_start();

    @Message("State")
    String drive_status_label();

    @Message("Test drive")
    String drive_title();

    @Message("Discount")
    String estimate_discount();

    @Message("Financed")
    String estimate_financed();

    @Message("Worked out as you type; order-service prices the quote when you issue it.")
    String estimate_hint();

    @Message("List price")
    String estimate_list();

    @Message("Monthly payment ({months} months)")
    String estimate_monthly(Integer months);

    @Message("Above your discount limit ({limit} %): the quote will wait for the manager's approval.")
    String estimate_needs_approval(java.math.BigDecimal limit);

    @Message("Figures")
    String estimate_title();

    @Message("Total")
    String estimate_total();

    @Message("Trade-in")
    String estimate_trade_in();

    @Message("No price today for")
    String estimate_unpriced();

    @Message(
            "{#when item}{#is 'documentsHandedOver'}Documents handed over{#is 'featuresExplained'}Features explained{#is 'accessoriesHandedOver'}Accessories handed over{#is 'photoTaken'}Handover photo taken{#else}{item}{/when}")
    String handover_item(String item);

    @Message("Budget up to")
    String needs_budget_max();

    @Message("Budget from")
    String needs_budget_min();

    @Message("About the money")
    String needs_budget_note();

    @Message("confirmed by the customer")
    String needs_confirmed();

    @Message("D – Who decides")
    String needs_decision_maker();

    @Message("E – What they enjoy about it")
    String needs_enjoys();

    @Message("F – Family")
    String needs_family();

    @Message("FORM")
    String needs_form();

    @Message("Ask, listen and write down; read the summary back to the customer.")
    String needs_hint();

    @Message("NEADS")
    String needs_neads();

    @Message("(no summary yet)")
    String needs_no_summary();

    @Message("N – What they drive now")
    String needs_now_driving();

    @Message("O – Occupation")
    String needs_occupation();

    @Message("Record the needs analysis")
    String needs_record();

    @Message("R – Recreation")
    String needs_recreation();

    @Message("Revise the needs analysis")
    String needs_revise();

    @Message("Save the needs analysis")
    String needs_save();

    @Message("S – The solution they look for")
    String needs_solution();

    @Message("Summary")
    String needs_summary();

    @Message("The customer confirmed the summary")
    String needs_summary_confirmed();

    @Message("Summary read back to the customer")
    String needs_summary_legend();

    @Message("Needs analysis")
    String needs_title();

    @Message("A – What they would alter")
    String needs_would_alter();

    @Message("Deposit agreed")
    String order_deposit_agreed();

    @Message("Deposit paid")
    String order_deposit_amount();

    @Message("Paid by")
    String order_deposit_method();

    @Message(
            "{#when step}{#is 'signature'}Record the signature{#is 'deposit'}Record the deposit{#is 'allocation'}Allocate a car{#is 'pdi'}Record the inspection{#is 'delivery'}Hand the car over{#else}{step}{/when}")
    String order_do(String step);

    @Message("order (draft)")
    String order_draft_number();

    @Message("delivery expected {date}")
    String order_expected(java.time.LocalDate date);

    @Message("Expected delivery")
    String order_expected_delivery();

    @Message("Handover checklist: tick every item")
    String order_handover_checklist();

    @Message(
            "Your manager takes this step (allocation and inspection are the manager's). This page shows it once it is done.")
    String order_managers_step();

    @Message("Pre-delivery inspection: tick what passed")
    String order_pdi_checklist();

    @Message("the last inspection failed")
    String order_pdi_failed();

    @Message("Signed by (the customer)")
    String order_signatory();

    @Message("Congratulated and asked for referrals (one to three people of the same kind)")
    String order_referrals_asked();

    @Message("Record the people the customer referred")
    String order_record_referrals();

    @Message("State")
    String order_state_label();

    @Message(
            "{#when status}{#is 'DRAFT'}Draft{#is 'SIGNED'}Signed{#is 'DEPOSIT_PAID'}Deposit paid{#is 'ALLOCATED'}Car allocated{#is 'PDI_PASSED'}Inspected{#is 'DELIVERED'}Delivered{#is 'CANCELLED'}Cancelled{#else}{status}{/when}")
    String order_status(String status);

    @Message(
            "{#when step}{#is 'signature'}Signature{#is 'deposit'}Deposit{#is 'allocation'}Allocation{#is 'pdi'}Pre-delivery inspection{#is 'delivery'}Delivery{#else}{step}{/when}")
    String order_step(String step);

    @Message("Order")
    String order_title();

    @Message("VIN (optional)")
    String order_vin();

    @Message("Leave empty to take the longest-standing matching car in stock.")
    String order_vin_hint();

    @Message("waiting for a matching car")
    String order_waiting_car();

    @Message(
            "{#when item}{#is 'EXTERIOR_BODY_AND_PAINT'}Body and paint{#is 'INTERIOR_CLEAN_FILMS_REMOVED'}Interior clean, films removed{#is 'FLUID_LEVELS'}Fluid levels{#is 'TYRES_AND_WHEELS'}Tyres and wheels{#is 'LIGHTS_AND_ELECTRICS'}Lights and electrics{#is 'NO_WARNING_LIGHTS'}No warning lights{#is 'ROAD_TEST'}Road test{#is 'SPARE_KEY_AND_TOOLS'}Spare key and tools{#else}{item}{/when}")
    String pdi_item(String item);

    @Message("Amount")
    String quote_amount();

    @Message("Build a quote")
    String quote_build();

    @Message("Choose the model")
    String quote_choose_model();

    @Message("Colour")
    String quote_colour();

    @Message("Configuration of the {model}")
    String quote_configuration(String model);

    @Message("Decided by {by} on {at}")
    String quote_decided(String by, String at);

    @Message("Discount")
    String quote_discount();

    @Message("Down payment")
    String quote_down_payment();

    @Message("Fees")
    String quote_fees();

    @Message("Final instalment")
    String quote_final_instalment();

    @Message("Financing (leave empty for cash)")
    String quote_financing();

    @Message("Interest in all")
    String quote_interest();

    @Message("Issue the quote")
    String quote_issue();

    @Message("Item")
    String quote_item();

    @Message("Priced with the lists of the day")
    String quote_lines();

    @Message("Turn into an order")
    String quote_make_order();

    @Message("Model")
    String quote_model();

    @Message("The catalogue has no model yet: ask your manager to add one.")
    String quote_no_models();

    @Message("Options")
    String quote_options();

    @Message("Price")
    String quote_price();

    @Message("Annual rate (%)")
    String quote_rate();

    @Message("See the order {number}")
    String quote_see_order(String number);

    @Message("Approval state")
    String quote_state_label();

    @Message(
            "{#when status}{#is 'ISSUED'}Issued{#is 'PENDING_APPROVAL'}Waiting for approval{#is 'APPROVED'}Approved{#is 'REJECTED'}Rejected{#is 'ACCEPTED'}Accepted (ordered){#else}{status}{/when}")
    String quote_status(String status);

    @Message("Term (months)")
    String quote_term();

    @Message("Quote")
    String quote_title();

    @Message("Close the deal")
    String quote_to_order();

    @Message("Trade-in car")
    String quote_trade_in_car();

    @Message("Trade-in value")
    String quote_trade_in_value();

    @Message("Trim")
    String quote_trim();

    @Message("Valid until {date}.")
    String quote_valid_until(Object date);

    @Message(
            "The discount is above the limit of {limit}: a manager approves or rejects it. This page looks again every 10 seconds.")
    String quote_waiting(Object limit);

    @Message("{#when state}{#is 'taken'}taken{#is 'this'}booked for this customer{#is 'past'}past{#else}{state}{/when}")
    String slot_state(String state);

    // ---- step 5: presenting a model
    @Message("Present a model to {name}")
    String present_title(String name);

    @Message(
            "Fit the presentation to the customer's needs: the biggest benefit first, let them take part (sit in, touch, try), "
                    + "say what the car brings them, and compare without running a competitor down (seed 002).")
    String present_lede();

    @Message("Model")
    String present_model();

    @Message("Show")
    String present_show();

    @Message("The catalogue has no model yet.")
    String present_no_models();

    @Message(
            "No product knowledge for this model yet: the manager writes it in the catalogue. Points can still be recorded.")
    String present_no_knowledge();

    @Message("Only we have:")
    String present_usp();

    @Message("Selling points")
    String present_points();

    @Message(
            "Tick the points you covered, in the order shown, those the customer reacted to, and the need each answered.")
    String present_points_hint();

    @Message("No needs analysis yet: record one to link points to needs.")
    String present_no_needs();

    @Message("Each selling point as feature, advantage and benefit, with the use scenes it fits.")
    String present_points_caption();

    @Message("Covered")
    String present_covered();

    @Message("Feature")
    String present_feature();

    @Message("Advantage")
    String present_advantage();

    @Message("Benefit")
    String present_benefit();

    @Message("Use scenes")
    String present_scenes();

    @Message("Reacted")
    String present_reacted();

    @Message("Need it answers")
    String present_need();

    @Message("Need that {feature} answers")
    String present_need_of(String feature);

    @Message("{#when code}{#is 'FAMILY_TRIP'}Family trips{#is 'CITY_COMMUTE'}City commute{#is 'BUSINESS'}Business"
            + "{#is 'LONG_DISTANCE'}Long distance{#is 'OUTDOOR'}Outdoors{#else}{code}{/when}")
    String scene(String code);

    @Message(
            "{#when item}{#is 'NOW_DRIVING'}Drives now{#is 'ENJOYS'}Enjoys{#is 'WOULD_ALTER'}Would change{#is 'DECISION_MAKER'}Decision maker"
                    + "{#is 'SOLUTION_SOUGHT'}Solution sought{#is 'FAMILY'}Family{#is 'OCCUPATION'}Occupation{#is 'RECREATION'}Recreation"
                    + "{#is 'MONEY'}Budget{#else}{item}{/when}")
    String need_item(String item);

    @Message("Against the competitors")
    String present_competitors();

    @Message("Our three strengths against their three weaknesses; never run the competitor down.")
    String present_competitors_hint();

    @Message("No competitor comparison for this model yet.")
    String present_no_competitors();

    @Message("Against {model}")
    String present_versus(String model);

    @Message("Our strengths")
    String present_our_strengths();

    @Message("Their weaknesses")
    String present_their_weaknesses();

    @Message("Competitor the customer asked to compare with")
    String present_competitor_asked();

    @Message("Checkpoints")
    String present_checkpoints();

    @Message(
            "{#when key}{#is 'biggestBenefitFirst'}The biggest benefit first{#is 'customerTookPart'}The customer took part"
                    + "{#is 'noCompetitorRunDown'}No competitor run down{#else}{key}{/when}")
    String present_cp(String key);

    @Message("Record the presentation")
    String present_record();

    @Message("{points} points, {reacted} reacted to")
    String presented_points(int points, int reacted);

    @Message("compared with {model}")
    String presented_competitor(String model);

    @Message("Present a model")
    String present_link();

    // ---- needs analysis that leads somewhere; price before value (seeds 000 and 002)
    @Message("Recommendation")
    String needs_recommend_legend();

    @Message("The model and trim of our catalogue that fit these needs: they are presented next.")
    String needs_recommend_hint();

    @Message("Recommended model")
    String needs_recommended_model();

    @Message("Recommended trim")
    String needs_recommended_trim();

    @Message("Value first?")
    String pbv_label();

    @Message("Price before value")
    String pbv_badge();

    @Message("the first quote came before any needs analysis and test drive.")
    String pbv_hint();
}
