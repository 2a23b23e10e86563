package dev.showroom.order.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.order.orders.SalesOrder.Announcement;
import dev.showroom.order.quote.Quote;
import dev.showroom.order.quote.QuoteStatus;
import dev.showroom.platform.http.ProblemException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The order's state machine as plain rules: no Quarkus, no database. */
class SalesOrderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void anIssuedQuoteBecomesADraftOrderWithItsTermsFrozenAndTheDefaultDeliveryDate() {
        Quote q = quote(QuoteStatus.ISSUED);
        SalesOrder o = SalesOrder.accept(q, money("20000.00"), null, TODAY, 30, () -> "DEALER-2026-000001", NOW);
        assertEquals(OrderStatus.DRAFT, o.status);
        assertEquals(QuoteStatus.ACCEPTED, q.status);
        assertEquals("DEALER-2026-000001", o.orderNumber);
        assertEquals(TODAY.plusDays(30), o.expectedDeliveryDate);
        assertEquals(TODAY.plusDays(30), o.terms.expectedDeliveryDate());
        assertEquals(List.of("PANO"), o.terms.optionCodes());
        assertEquals(money("200000.00"), o.total);
        assertEquals(q.leadId, o.leadId);
        assertEquals(NOW, o.createdAt);
        assertTrue(o.announcements().isEmpty());
    }

    @Test
    void onlyAnIssuedOrApprovedQuoteWithinItsValidityIsAcceptedAndNoNumberIsDrawnOtherwise() {
        for (QuoteStatus s : List.of(QuoteStatus.PENDING_APPROVAL, QuoteStatus.REJECTED, QuoteStatus.ACCEPTED)) {
            conflict(() -> SalesOrder.accept(quote(s), money("1.00"), null, TODAY, 30, this::noNumber, NOW));
        }
        SalesOrder.accept(quote(QuoteStatus.APPROVED), money("1.00"), null, TODAY, 30, () -> "N", NOW);
        Quote expired = quote(QuoteStatus.ISSUED);
        expired.validUntil = TODAY.minusDays(1);
        ProblemException e =
                conflict(() -> SalesOrder.accept(expired, money("1.00"), null, TODAY, 30, this::noNumber, NOW));
        assertEquals("The quote expired on 2026-03-01", e.getMessage());
        Quote lastDay = quote(QuoteStatus.ISSUED);
        lastDay.validUntil = TODAY;
        SalesOrder.accept(lastDay, money("1.00"), null, TODAY, 30, () -> "N", NOW);
    }

    @Test
    void theDepositIsNotAboveTheTotalAndTheDeliveryNotInThePast() {
        invalid(
                "depositAmount",
                "notAbovePrice",
                () -> SalesOrder.accept(
                        quote(QuoteStatus.ISSUED), money("200000.01"), null, TODAY, 30, this::noNumber, NOW));
        invalid(
                "expectedDeliveryDate",
                "future",
                () -> SalesOrder.accept(
                        quote(QuoteStatus.ISSUED), money("1.00"), TODAY.minusDays(1), TODAY, 30, this::noNumber, NOW));
        SalesOrder same =
                SalesOrder.accept(quote(QuoteStatus.ISSUED), money("200000.00"), TODAY, TODAY, 30, () -> "N", NOW);
        assertEquals(TODAY, same.expectedDeliveryDate);
    }

    @Test
    void theWholeLifeFromSignatureToDeliveryRecordsWhoAndWhenAndAnnouncesSignedAndDelivered() {
        SalesOrder o = draft();
        o.sign("li.wei", "Wang Fang", true, NOW);
        assertEquals(OrderStatus.SIGNED, o.status);
        assertEquals("li.wei", o.signedBy);
        assertEquals("Wang Fang", o.customerSignatory);
        assertEquals(Boolean.TRUE, o.referralsAsked, "the signing's referral checkpoint is kept");
        assertEquals(NOW, o.signedAt);
        assertEquals(List.of(Announcement.SIGNED), o.takeAnnouncements());
        assertTrue(o.announcements().isEmpty(), "announcements are handed over once");

        o.recordDeposit(money("20000.00"), "CARD", "R-0", NOW.plusSeconds(60));
        assertEquals(OrderStatus.DEPOSIT_PAID, o.status);
        assertEquals(money("20000.00"), o.depositPaid);
        assertEquals("CARD", o.depositMethod);
        assertEquals(NOW.plusSeconds(60), o.depositPaidAt);
        assertEquals("R-0", o.settlement.depositReceiptNumber);
        assertEquals(List.of(Announcement.PAYMENT_RECEIVED), o.takeAnnouncements());
        assertEquals(money("180000.00"), o.balanceOwed());

        UUID car = UUID.randomUUID();
        o.allocate(null, "LSVAU218XN2183294", car, NOW.plusSeconds(120));
        assertEquals(OrderStatus.ALLOCATED, o.status);
        assertEquals("LSVAU218XN2183294", o.vin);
        assertEquals(car, o.vehicleId);
        assertEquals(NOW.plusSeconds(120), o.allocatedAt);
        assertEquals(List.of(Announcement.ALLOCATED), o.takeAnnouncements());
        assertFalse(o.allocatedOnArrival, "allocated by the manager");

        o.recordPayment(money("180000.00"), "BANK_TRANSFER", "R-1", "li.wei", NOW.plusSeconds(150));
        assertEquals(money("0.00"), o.balanceOwed());
        assertEquals(List.of(Announcement.PAYMENT_RECEIVED), o.takeAnnouncements());

        o.inspect(pdi(true), "fine", "manager.sh", NOW.plusSeconds(180));
        assertEquals(OrderStatus.PDI_PASSED, o.status);
        assertTrue(o.pdi.passed());
        assertEquals(NOW.plusSeconds(180), o.pdiPassedAt);
        assertEquals(List.of(Announcement.READY_FOR_DELIVERY), o.takeAnnouncements());

        o.deliver(new Handover(true, true, true, true), "li.wei", NOW.plusSeconds(240));
        assertEquals(OrderStatus.DELIVERED, o.status);
        assertEquals("li.wei", o.deliveredBy);
        assertEquals(NOW.plusSeconds(240), o.deliveredAt);
        assertEquals(List.of(Announcement.DELIVERED), o.takeAnnouncements());
    }

    @Test
    void everyStepStartsFromItsOneStateElseA409NamingBoth() {
        SalesOrder o = draft();
        ProblemException e = conflict(() -> o.recordDeposit(money("20000.00"), "CASH", "R-0", NOW));
        assertEquals("Cannot pay the deposit of an order that is DRAFT; it must be SIGNED", e.getMessage());
        conflict(() -> o.requireAllocatable());
        conflict(() -> o.allocate(null, "LSVAU218XN2183294", UUID.randomUUID(), NOW));
        conflict(() -> o.inspect(pdi(true), null, "m", NOW));
        conflict(() -> o.deliver(new Handover(true, true, true, true), "c", NOW));
        o.sign("c", "Wang Fang", false, NOW);
        e = conflict(() -> o.sign("c", "Wang Fang", false, NOW));
        assertEquals("Cannot sign an order that is SIGNED; it must be DRAFT", e.getMessage());
        assertEquals(OrderStatus.SIGNED, o.status);
    }

    @Test
    void theDepositIsAtLeastTheAgreedAndAtMostTheTotal() {
        SalesOrder o = draft();
        o.sign("c", "Wang Fang", false, NOW);
        unprocessable("amount", "depositAmount", () -> o.recordDeposit(money("19999.99"), "CASH", "R-0", NOW));
        unprocessable("amount", "depositAmount", () -> o.recordDeposit(money("200000.01"), "CASH", "R-0", NOW));
        assertEquals(OrderStatus.SIGNED, o.status);
        o.recordDeposit(money("200000.00"), "CASH", "R-0", NOW);
        assertEquals(OrderStatus.DEPOSIT_PAID, o.status);
    }

    @Test
    void withoutAMatchingCarTheOrderWaitsWithANoteButANamedVinIsAConflict() {
        SalesOrder o = paid();
        o.allocate(null, null, null, NOW);
        assertEquals(OrderStatus.DEPOSIT_PAID, o.status);
        assertEquals("No IN_STOCK car matches AURORA LUX PEARL with PANO; the order waits for one", o.allocationNote);
        ProblemException e = conflict(() -> o.allocate("LSVAU218XN2183294", null, null, NOW));
        assertEquals("VIN LSVAU218XN2183294 is not an IN_STOCK car matching this order", e.getMessage());
        o.allocate(null, "LSVAU218XN2183294", UUID.randomUUID(), NOW);
        assertEquals(OrderStatus.ALLOCATED, o.status);
        assertNull(o.allocationNote, "the waiting note goes once a car is allocated");
    }

    @Test
    void aFailedInspectionIsRecordedAndTheOrderStaysAllocated() {
        SalesOrder o = allocated();
        Map<PdiItem, Boolean> items = pdi(true);
        items.put(PdiItem.ROAD_TEST, false);
        o.inspect(items, "brakes squeak", "manager.sh", NOW);
        assertEquals(OrderStatus.ALLOCATED, o.status);
        assertFalse(o.pdi.passed());
        assertFalse(o.pdi.items().get(PdiItem.ROAD_TEST));
        assertEquals("brakes squeak", o.pdi.note());
        assertNull(o.pdiPassedAt);
        o.inspect(pdi(true), null, "manager.sh", NOW.plusSeconds(3600));
        assertEquals(OrderStatus.PDI_PASSED, o.status);
    }

    @Test
    void everyPdiItemMustBeReportedTheFirstMissingIsNamed() {
        Map<PdiItem, Boolean> items = pdi(true);
        items.remove(PdiItem.FLUID_LEVELS);
        items.remove(PdiItem.ROAD_TEST);
        invalid("items.FLUID_LEVELS", "required", () -> PdiItem.requireEvery(items));
        SalesOrder o = allocated();
        invalid("items.FLUID_LEVELS", "required", () -> o.inspect(items, null, "m", NOW));
        assertNull(o.pdi);
    }

    @Test
    void theHandoverChecklistMustBeFullyTickedTheFirstUntickedIsNamed() {
        SalesOrder o = allocated();
        o.inspect(pdi(true), null, "m", NOW);
        o.takeAnnouncements();
        ProblemException e = unprocessable(
                "handover.featuresExplained",
                "ticked",
                () -> o.deliver(new Handover(true, false, true, false), "c", NOW));
        assertEquals("The handover checklist is not complete: featuresExplained, photoTaken", e.getMessage());
        assertEquals(OrderStatus.PDI_PASSED, o.status);
        assertTrue(o.announcements().isEmpty());
    }

    @Test
    void cancellingRefundsTheDepositPaidByDefaultNeverMoreAndRemembersTheStateItLeft() {
        SalesOrder o = allocatedUnpaid();
        unprocessable(
                "refundAmount", "notAboveDeposit", () -> o.cancel("bought elsewhere", money("20000.01"), "c", NOW));
        o.cancel("bought elsewhere", null, "c", NOW);
        assertEquals(OrderStatus.CANCELLED, o.status);
        assertEquals(money("20000.00"), o.refundAmount);
        assertEquals("ALLOCATED", o.previousState);
        assertEquals("bought elsewhere", o.cancelReason);
        assertEquals("c", o.cancelledBy);
        assertEquals(NOW, o.cancelledAt);
        assertEquals(List.of(Announcement.CANCELLED), o.announcements());
        ProblemException e = conflict(() -> o.cancel("again", null, "c", NOW));
        assertEquals("Cannot cancel an order that is CANCELLED", e.getMessage());

        SalesOrder unpaid = draft();
        unprocessable("refundAmount", "notAboveDeposit", () -> unpaid.cancel("changed mind", money("0.01"), "c", NOW));
        unpaid.cancel("changed mind", null, "c", NOW);
        assertEquals(money("0.00"), unpaid.refundAmount);
        assertEquals("DRAFT", unpaid.previousState);

        SalesOrder partly = paid();
        partly.cancel("fee kept", money("15000.00"), "c", NOW);
        assertEquals(money("15000.00"), partly.refundAmount);

        SalesOrder paidMore = allocatedUnpaid();
        paidMore.recordPayment(money("50000.00"), "CARD", "R-2", "c", NOW);
        unprocessable(
                "refundAmount",
                "notAboveDeposit",
                () -> paidMore.cancel("bought elsewhere", money("70000.01"), "c", NOW));
        paidMore.cancel("bought elsewhere", null, "c", NOW);
        assertEquals(money("70000.00"), paidMore.refundAmount, "the deposit and the payments after it");
    }

    @Test
    void aCancellationNamesItsCategoryAndACompetitorOnlyWhenOneWasBought() {
        SalesOrder o = paid();
        invalid(
                "competitorBrand",
                "requiredForCompetitor",
                () -> o.cancel("bought a rival", CancelCategory.BOUGHT_COMPETITOR, " ", "Model 3", null, "c", NOW));
        invalid(
                "competitorModel",
                "requiredForCompetitor",
                () -> o.cancel("bought a rival", CancelCategory.BOUGHT_COMPETITOR, "Tesla", null, null, "c", NOW));
        invalid(
                "competitorBrand",
                "onlyForCompetitor",
                () -> o.cancel("later", CancelCategory.POSTPONED, "Tesla", null, null, "c", NOW));
        assertEquals(OrderStatus.DEPOSIT_PAID, o.status, "a refused cancellation changes nothing");
        o.cancel("bought a rival", CancelCategory.BOUGHT_COMPETITOR, " Tesla ", "Model 3", null, "c", NOW);
        assertEquals(CancelCategory.BOUGHT_COMPETITOR, o.cancelCategory);
        assertEquals("Tesla", o.competitorBrand);
        assertEquals("Model 3", o.competitorModel);

        SalesOrder old = draft();
        old.cancel("changed mind", null, "c", NOW);
        assertEquals(CancelCategory.OTHER, old.cancelCategory);
        assertNull(old.competitorBrand);
    }

    @Test
    void aCarAllocatedOnArrivalIsAnnouncedSoAndTheDeliveryMethodChangesUntilTheHandover() {
        SalesOrder o = paid();
        o.takeAnnouncements();
        assertEquals(DeliveryMethod.SHOWROOM_CEREMONY, o.deliveryMethod, "the ceremony by default");
        o.agreeDelivery(DeliveryMethod.HOME_DELIVERY);
        o.allocateOnArrival("LSVAU218XN2183294", UUID.randomUUID(), NOW);
        assertEquals(OrderStatus.ALLOCATED, o.status);
        assertTrue(o.allocatedOnArrival);
        assertEquals(List.of(Announcement.ALLOCATED), o.takeAnnouncements());
        o.recordPayment(o.balanceOwed(), "BANK_TRANSFER", "R-1", "c", NOW); // payment before the keys
        o.inspect(pdi(true), null, "m", NOW);
        o.deliver(new Handover(true, true, true, true), "c", NOW);
        conflict(() -> o.agreeDelivery(DeliveryMethod.CARRIER_TRANSPORT));
        assertEquals(DeliveryMethod.HOME_DELIVERY, o.deliveryMethod);
        SalesOrder waiting = draft();
        waiting.sign("c", "W", false, NOW);
        conflict(() -> waiting.allocateOnArrival("LSVAU218XN2183294", UUID.randomUUID(), NOW));
    }

    @Test
    void aDeliveredOrderCannotBeCancelled() {
        SalesOrder o = allocated();
        o.inspect(pdi(true), null, "m", NOW);
        o.deliver(new Handover(true, true, true, true), "c", NOW);
        conflict(() -> o.cancel("too late", null, "c", NOW));
        assertEquals(OrderStatus.DELIVERED, o.status);
    }

    private String noNumber() {
        throw new AssertionError("no order number is drawn for a refused acceptance");
    }

    static Quote quote(QuoteStatus status) {
        Quote q = new Quote();
        q.id = UUID.randomUUID();
        q.leadId = UUID.randomUUID();
        q.consultantId = "li.wei";
        q.status = status;
        q.modelCode = "AURORA";
        q.modelName = "Aurora";
        q.trimCode = "LUX";
        q.trimName = "Luxury";
        q.colourCode = "PEARL";
        q.optionCodes = "PANO";
        q.priceDate = TODAY;
        q.currency = "CNY";
        q.lines = List.of();
        q.fees = List.of();
        q.listPrice = money("200000.00");
        q.discount = money("0.00");
        q.feesTotal = money("0.00");
        q.total = money("200000.00");
        q.validUntil = TODAY.plusDays(7);
        return q;
    }

    static SalesOrder draft() {
        return SalesOrder.accept(quote(QuoteStatus.ISSUED), money("20000.00"), null, TODAY, 30, () -> "N", NOW);
    }

    static SalesOrder paid() {
        SalesOrder o = draft();
        o.sign("c", "Wang Fang", false, NOW);
        o.recordDeposit(money("20000.00"), "CASH", "R-0", NOW);
        return o;
    }

    /** Allocated and paid in full: the PDI and the handover may go ahead. */
    static SalesOrder allocated() {
        SalesOrder o = allocatedUnpaid();
        o.recordPayment(o.balanceOwed(), "BANK_TRANSFER", "R-1", "c", NOW);
        o.takeAnnouncements();
        return o;
    }

    /** Allocated with the deposit paid and 180000.00 still owed. */
    static SalesOrder allocatedUnpaid() {
        SalesOrder o = paid();
        o.allocate(null, "LSVAU218XN2183294", UUID.randomUUID(), NOW);
        o.takeAnnouncements();
        return o;
    }

    static Map<PdiItem, Boolean> pdi(boolean all) {
        Map<PdiItem, Boolean> items = new EnumMap<>(PdiItem.class);
        for (PdiItem i : PdiItem.values()) {
            items.put(i, all);
        }
        return items;
    }

    static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    static ProblemException conflict(Runnable step) {
        ProblemException e = assertThrows(ProblemException.class, step::run);
        assertEquals(409, e.status());
        return e;
    }

    static ProblemException invalid(String field, String rule, Runnable step) {
        return problem(400, field, rule, step);
    }

    static ProblemException unprocessable(String field, String rule, Runnable step) {
        return problem(422, field, rule, step);
    }

    private static ProblemException problem(int status, String field, String rule, Runnable step) {
        ProblemException e = assertThrows(ProblemException.class, step::run);
        assertEquals(status, e.status());
        assertEquals(field, e.errors().get(0).field());
        assertEquals(rule, e.errors().get(0).rule());
        return e;
    }
}
