package dev.showroom.aftersales.followup;

import dev.showroom.aftersales.followup.FollowUpCall.Purpose;
import java.util.List;

/**
 * What a call-back is for and what to ask (seed 001, follow-up; seed 003, care): the first impressions the day after
 * the delivery, any problem in the first week, the first service a month on; a lost customer's reasons; the periodic
 * check. The structured outcome (reached, satisfied, a problem → a complaint, referrals → leads) is the call's record.
 */
public record CallScript(String code, String purpose, List<String> questions) {

    static final CallScript FIRST_IMPRESSIONS = new CallScript(
            "FIRST_IMPRESSIONS",
            "Thank the customer and hear their first impressions of the car and the handover",
            List.of(
                    "How are you getting on with the car after the first day?",
                    "Was everything at the handover explained clearly (functions, documents, warranty)?",
                    "Is anything missing or not as agreed?"));

    static final CallScript ANY_PROBLEM = new CallScript(
            "ANY_PROBLEM",
            "Find any problem early and fix it before it becomes a complaint",
            List.of(
                    "Has anything not worked as it should, or anything surprised you?",
                    "Any question about a function, the app or charging/fuel?",
                    "Do you know anyone who might like a car like yours? (referrals)"));

    static final CallScript FIRST_SERVICE = new CallScript(
            "FIRST_SERVICE",
            "Remind the customer of the first service and book it",
            List.of(
                    "When would suit you for the first service (by mileage or months, whichever comes first)?",
                    "Is there anything you would like us to look at then?",
                    "How likely are you to recommend us now?"));

    static final CallScript LOST_CUSTOMER = new CallScript(
            "LOST_CUSTOMER",
            "Learn why the customer did not buy from us, without selling",
            List.of(
                    "What made you decide as you did?",
                    "What could we have done better?",
                    "May we keep in touch for your next car?"));

    static final CallScript PERIODIC_CHECK = new CallScript(
            "PERIODIC_CHECK",
            "Keep in touch and hand over the periodic satisfaction survey",
            List.of("How is the car now?", "Anything we can help with?", "May we send you a short survey?"));

    /** The script of a call-back of this purpose, D+n days after the delivery for an after-delivery call. */
    public static CallScript of(Purpose purpose, Integer dayOffset) {
        return switch (purpose) {
            case LOST_CUSTOMER -> LOST_CUSTOMER;
            case PERIODIC_SURVEY -> PERIODIC_CHECK;
            case AFTER_DELIVERY -> {
                int day = dayOffset == null ? 1 : dayOffset;
                yield day <= 1 ? FIRST_IMPRESSIONS : day < 30 ? ANY_PROBLEM : FIRST_SERVICE;
            }
        };
    }
}
