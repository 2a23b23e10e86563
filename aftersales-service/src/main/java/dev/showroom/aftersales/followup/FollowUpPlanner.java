package dev.showroom.aftersales.followup;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.aftersales.followup.FollowUpCall.Purpose;
import dev.showroom.aftersales.followup.FollowUpCall.Status;
import dev.showroom.aftersales.settings.AftersalesSettings;
import dev.showroom.aftersales.settings.DealerSettings;
import dev.showroom.aftersales.survey.Survey;
import dev.showroom.aftersales.survey.SurveyService;
import dev.showroom.aftersales.survey.TemplateCatalogue;
import dev.showroom.platform.dealer.DealerProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Plans the call-backs. Each call is due at the dealer's call time on the local day N days after the
 * delivery's local date, stored as a UTC instant, so "the next day at 10:00" means 10:00 in the showroom.
 */
@ApplicationScoped
public class FollowUpPlanner {

    @Inject
    DealerSettings settings;

    @Inject
    DealerProfiles profiles;

    @Inject
    SurveyService surveys;

    @Inject
    Clock clock;

    static final int SURVEY_FROM_DAY = 3;

    /**
     * The after-delivery plan of the customer's delivered order; a second delivery event of the same order adds
     * nothing. An erased customer is neither called nor surveyed: their delivery may arrive after the erasure.
     */
    public void planAfterDelivery(String dealerId, Customer customer) {
        // a plan's calls all have their day: the plan's index (follow_up_call_plan) finds them, where a look-up by
        // order and purpose alone read every call of the dealer, ever
        if (customer.erased()
                || FollowUpCall.count(
                                "orderId = ?1 and purpose = ?2 and dayOffset is not null",
                                customer.orderId,
                                Purpose.AFTER_DELIVERY)
                        > 0) {
            return;
        }
        AftersalesSettings s = settings.of(dealerId);
        ZoneId zone = profiles.zone(dealerId);
        LocalDate deliveryDay = customer.deliveredAt.atZone(zone).toLocalDate();
        Survey survey = surveys.create(
                dealerId,
                customer.leadId,
                customer.orderId,
                TemplateCatalogue.SALES_SATISFACTION,
                Survey.Purpose.DELIVERY);
        FollowUpCall surveyCall = null;
        for (int days : s.followUpDayList()) {
            FollowUpCall call = newCall(customer, assignee(s, customer), Purpose.AFTER_DELIVERY);
            call.dayOffset = days;
            call.dueAt =
                    deliveryDay.plusDays(days).atTime(s.callTime).atZone(zone).toInstant();
            // the survey is asked on the first call from day 3 on: the customer has lived with the car a little
            if (surveyCall == null || surveyCall.dayOffset < SURVEY_FROM_DAY) {
                surveyCall = call;
            }
            call.persist();
        }
        if (surveyCall != null) {
            surveyCall.surveyId = survey.id;
        }
    }

    /** A call for a periodic survey, due at the next call time from now. */
    public FollowUpCall planSurveyCall(String dealerId, Customer customer, UUID surveyId) {
        AftersalesSettings s = settings.of(dealerId);
        ZoneId zone = profiles.zone(dealerId);
        Instant now = Instant.now(clock);
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant dueAt = today.atTime(s.callTime).atZone(zone).toInstant();
        FollowUpCall call = newCall(customer, assignee(s, customer), Purpose.PERIODIC_SURVEY);
        call.dueAt = dueAt.isAfter(now)
                ? dueAt
                : today.plusDays(1).atTime(s.callTime).atZone(zone).toInstant();
        call.surveyId = surveyId;
        call.persist();
        return call;
    }

    /**
     * The lost-customer call of a confirmed defeat, due at the next call time, made by customer care (not by the
     * consultant who lost the customer); one per defeat, with the lost-customer survey (template LOST_CUSTOMER,
     * purpose LOST_CUSTOMER) riding on it: the caller sends its link. An erased or delivered customer is not called.
     */
    public void planLostCustomerCall(String dealerId, Customer customer, UUID defeatId) {
        if (customer.erased() || customer.delivered() || FollowUpCall.count("defeatId", defeatId) > 0) {
            return;
        }
        AftersalesSettings s = settings.of(dealerId);
        ZoneId zone = profiles.zone(dealerId);
        Instant now = Instant.now(clock);
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant dueAt = today.atTime(s.callTime).atZone(zone).toInstant();
        FollowUpCall call = newCall(customer, s.customerCareStaffId, Purpose.LOST_CUSTOMER);
        call.defeatId = defeatId;
        call.dueAt = dueAt.isAfter(now)
                ? dueAt
                : today.plusDays(1).atTime(s.callTime).atZone(zone).toInstant();
        call.surveyId = surveys.create(
                        dealerId, customer.leadId, null, TemplateCatalogue.LOST_CUSTOMER, Survey.Purpose.LOST_CUSTOMER)
                .id;
        call.persist();
    }

    /** The defeat was reopened: its lost-customer call, if not made yet, is cancelled. */
    public void cancelLostCustomerCall(UUID defeatId) {
        FollowUpCall.update(
                "status = ?1 where defeatId = ?2 and status = ?3", Status.CANCELLED, defeatId, Status.PENDING);
    }

    private FollowUpCall newCall(Customer customer, String assignee, Purpose purpose) {
        FollowUpCall call = new FollowUpCall();
        call.id = UUID.randomUUID();
        call.leadId = customer.leadId;
        call.orderId = customer.orderId;
        call.purpose = purpose;
        call.assigneeId = assignee;
        call.status = Status.PENDING;
        call.createdAt = Instant.now(clock);
        return call;
    }

    private static String assignee(AftersalesSettings s, Customer customer) {
        return s.followUpAssignee == AftersalesSettings.Assignee.CONSULTANT && customer.consultantId != null
                ? customer.consultantId
                : s.customerCareStaffId;
    }
}
