package dev.showroom.order.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.order.orders.SalesOrder.Announcement;
import dev.showroom.order.payment.BalanceView;
import dev.showroom.order.payment.LoanStatus;
import dev.showroom.order.payment.Payment;
import dev.showroom.order.quote.Quote;
import dev.showroom.order.quote.QuoteStatus;
import dev.showroom.platform.http.ProblemException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Payment before the keys as plain rules: the balance, partial payments, the loan, the gate and the release. */
class PaymentBeforeTheKeysTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final AtomicInteger RECEIPTS = new AtomicInteger();

    @Test
    void whatIsOwedIsTheAgreedPriceLessTheDepositAndEveryPayment() {
        SalesOrder o = signed();
        assertEquals(money("200000.00"), o.balanceOwed(), "before the deposit the whole price is owed");
        o.recordDeposit(money("20000.00"), "CARD", "R-DEP", NOW);
        assertEquals(money("180000.00"), o.balanceOwed());

        o.recordPayment(money("50000.00"), "BANK_TRANSFER", "R-1", "li.wei", NOW.plusSeconds(60));
        o.recordPayment(money("29999.50"), "CASH", "R-2", "li.wei", NOW.plusSeconds(120));
        assertEquals(money("100000.50"), o.balanceOwed());
        assertEquals(2, o.settlement.payments.size());
        assertEquals("R-2", o.settlement.payments.get(1).receiptNumber());
        assertEquals("CASH", o.settlement.payments.get(1).method());
        assertEquals(NOW.plusSeconds(120), o.settlement.lastPaidAt);
        assertEquals(money("79999.50"), o.settlement.paidTotal);

        BalanceView view = BalanceView.of(o);
        assertEquals(money("99999.50"), view.paid(), "the deposit and the payments");
        assertEquals(money("100000.50"), view.balanceOwed());
        assertFalse(view.paidInFull());
        assertEquals("CASH", view.plan());
        assertEquals("R-DEP", view.depositReceiptNumber());
    }

    @Test
    void aPaymentIsNeverAboveWhatIsOwedAndNothingIsPaidOnceItIsAllPaid() {
        SalesOrder o = depositPaid();
        unprocessable("amount", "notAboveBalance", () -> o.recordPayment(money("180000.01"), "CARD", "R-1", "c", NOW));
        assertEquals(0, o.settlement.payments.size());
        o.recordPayment(money("180000.00"), "CARD", "R-1", "c", NOW);
        assertEquals(money("0.00"), o.balanceOwed());
        assertTrue(BalanceView.of(o).paidInFull());
        conflict(() -> o.recordPayment(money("1.00"), "CARD", "R-2", "c", NOW));
    }

    @Test
    void paymentsFollowTheDepositAndStopWithTheCancellation() {
        SalesOrder draft = draft();
        conflict(() -> draft.recordPayment(money("1.00"), "CARD", "R", "c", NOW));
        SalesOrder o = signed();
        ProblemException e = conflict(() -> o.recordPayment(money("1.00"), "CARD", "R", "c", NOW));
        assertTrue(e.getMessage().contains("SIGNED"), e.getMessage());
        o.recordDeposit(money("20000.00"), "CARD", "R-DEP", NOW);
        o.cancel("changed mind", null, "c", NOW);
        conflict(() -> o.recordPayment(money("1.00"), "CARD", "R", "c", NOW));
    }

    @Test
    void thePdiAndTheHandoverWaitUntilTheCarIsPaidNamingTheRuleAndWhatIsOwed() {
        SalesOrder o = allocated();
        ProblemException e =
                unprocessable("balanceOwed", "paidInFull", () -> o.inspect(pdi(), null, "manager.sh", NOW));
        assertTrue(e.getMessage().contains("180000.00 CNY is still owed"), e.getMessage());
        assertEquals(OrderStatus.ALLOCATED, o.status);
        assertNull(o.pdi, "a refused inspection is not recorded");

        o.recordPayment(money("179999.99"), "CARD", "R-1", "c", NOW);
        unprocessable("balanceOwed", "paidInFull", () -> o.inspect(pdi(), null, "manager.sh", NOW));
        o.recordPayment(money("0.01"), "CASH", "R-2", "c", NOW);
        o.inspect(pdi(), null, "manager.sh", NOW);
        assertEquals(OrderStatus.PDI_PASSED, o.status);
        o.deliver(new Handover(true, true, true, true), "c", NOW);
        assertEquals(OrderStatus.DELIVERED, o.status);
    }

    @Test
    void theStateComesFirstThenTheMoney() {
        SalesOrder o = depositPaid();
        // not allocated: the state's 409, not the payment's 422
        conflict(() -> o.inspect(pdi(), null, "m", NOW));
        conflict(() -> o.deliver(new Handover(true, true, true, true), "c", NOW));
    }

    @Test
    void aLoanGoesAppliedApprovedDisbursedAndItsDisbursementPaysTheBalance() {
        SalesOrder o = allocated();
        o.changeLoan(LoanStatus.APPLIED, "Bank of Showroom", money("150000.00"), "APP-1", this::receipt, "li.wei", NOW);
        assertEquals(LoanStatus.APPLIED, o.settlement.loanStatus);
        assertEquals("LOAN", o.settlement.plan());
        assertEquals(List.of(Announcement.LOAN_STATUS_CHANGED), o.takeAnnouncements());
        assertNull(o.settlement.previousLoanStatus);

        o.changeLoan(LoanStatus.APPROVED, null, money("140000.00"), null, this::receipt, "li.wei", NOW);
        assertEquals(money("140000.00"), o.settlement.loanAmount, "the lender may approve less");
        assertEquals("APP-1", o.settlement.loanReference);
        assertEquals(LoanStatus.APPLIED, o.settlement.previousLoanStatus);
        unprocessable("balanceOwed", "paidInFull", () -> o.inspect(pdi(), null, "m", NOW));
        o.takeAnnouncements();

        o.changeLoan(LoanStatus.DISBURSED, null, null, null, () -> "R-LOAN", "li.wei", NOW.plusSeconds(60));
        assertEquals(List.of(Announcement.LOAN_STATUS_CHANGED, Announcement.PAYMENT_RECEIVED), o.takeAnnouncements());
        Payment loan = o.settlement.payments.get(0);
        assertEquals(Payment.LOAN, loan.method());
        assertEquals("R-LOAN", loan.receiptNumber());
        assertEquals(money("140000.00"), loan.amount());
        assertEquals(money("40000.00"), o.balanceOwed(), "the customer's own part is still owed");
        unprocessable("balanceOwed", "paidInFull", () -> o.inspect(pdi(), null, "m", NOW));
        o.recordPayment(money("40000.00"), "BANK_TRANSFER", "R-3", "li.wei", NOW);
        o.inspect(pdi(), null, "m", NOW);
        assertEquals(OrderStatus.PDI_PASSED, o.status);
    }

    @Test
    void everyLoanMoveNotInTheTableIsA409() {
        Map<LoanStatus, Set<LoanStatus>> table = Map.of(
                LoanStatus.APPLIED, Set.of(LoanStatus.APPROVED, LoanStatus.REFUSED),
                LoanStatus.APPROVED, Set.of(LoanStatus.DISBURSED, LoanStatus.REFUSED),
                LoanStatus.REFUSED, Set.of(LoanStatus.APPLIED),
                LoanStatus.DISBURSED, Set.of());
        assertEquals(Set.of(LoanStatus.APPLIED), LoanStatus.after(null));
        for (LoanStatus from : LoanStatus.values()) {
            assertEquals(table.get(from), LoanStatus.after(from), from.name());
            for (LoanStatus to : LoanStatus.values()) {
                if (!table.get(from).contains(to)) {
                    assertEquals(
                            409,
                            assertThrows(ProblemException.class, () -> LoanStatus.requireMove(from, to))
                                    .status(),
                            from + " → " + to);
                }
            }
        }
        SalesOrder o = allocated();
        conflict(() -> o.changeLoan(LoanStatus.APPROVED, null, null, null, this::receipt, "c", NOW));
        conflict(() -> o.changeLoan(LoanStatus.DISBURSED, null, null, null, this::receipt, "c", NOW));
    }

    @Test
    void aRefusedLoanLeavesTheCustomerToPayOrApplyAgain() {
        SalesOrder o = allocated();
        o.changeLoan(LoanStatus.APPLIED, "Bank A", money("100000.00"), null, this::receipt, "c", NOW);
        o.changeLoan(LoanStatus.REFUSED, null, null, null, this::receipt, "c", NOW);
        assertEquals("CASH", o.settlement.plan());
        assertEquals(money("180000.00"), o.balanceOwed());
        o.changeLoan(LoanStatus.APPLIED, "Bank B", money("90000.00"), null, this::receipt, "c", NOW);
        assertEquals("Bank B", o.settlement.loanLender);
        assertEquals("LOAN", o.settlement.plan());
    }

    @Test
    void anApplicationNamesTheLenderAndAnAmountNotAboveWhatIsOwed() {
        SalesOrder o = allocated();
        invalid(
                "lender",
                "required",
                () -> o.changeLoan(LoanStatus.APPLIED, " ", money("1.00"), null, this::receipt, "c", NOW));
        invalid(
                "amount",
                "required",
                () -> o.changeLoan(LoanStatus.APPLIED, "Bank", null, null, this::receipt, "c", NOW));
        unprocessable(
                "amount",
                "notAboveBalance",
                () -> o.changeLoan(LoanStatus.APPLIED, "Bank", money("180000.01"), null, this::receipt, "c", NOW));
        o.changeLoan(LoanStatus.APPLIED, "Bank", money("100000.00"), null, this::receipt, "c", NOW);
        unprocessable(
                "amount",
                "notAboveApplied",
                () -> o.changeLoan(LoanStatus.APPROVED, null, money("100000.01"), null, this::receipt, "c", NOW));
        o.changeLoan(LoanStatus.APPROVED, null, null, null, this::receipt, "c", NOW);
        unprocessable(
                "amount",
                "approvedAmount",
                () -> o.changeLoan(LoanStatus.DISBURSED, null, money("99999.00"), null, this::receipt, "c", NOW));
        // the customer paid more meanwhile: the loan would pay more than is owed
        o.recordPayment(money("80000.01"), "CARD", "R-9", "c", NOW);
        unprocessable(
                "amount",
                "notAboveBalance",
                () -> o.changeLoan(LoanStatus.DISBURSED, null, null, null, this::receipt, "c", NOW));
    }

    @Test
    void theLoanRunsFromTheSignatureButIsDisbursedOnlyAfterTheDeposit() {
        SalesOrder draft = draft();
        conflict(() -> draft.changeLoan(LoanStatus.APPLIED, "Bank", money("1.00"), null, this::receipt, "c", NOW));
        SalesOrder o = signed();
        o.changeLoan(LoanStatus.APPLIED, "Bank", money("150000.00"), null, this::receipt, "c", NOW);
        o.changeLoan(LoanStatus.APPROVED, null, null, null, this::receipt, "c", NOW);
        conflict(() -> o.changeLoan(LoanStatus.DISBURSED, null, null, null, this::receipt, "c", NOW));
    }

    @Test
    void aManagerMayReleaseAnUnpaidCarOnceWithAReasonKeptWithWhoWhenAndWhatWasOwed() {
        SalesOrder o = allocated();
        o.releaseUnpaid("loan approved, bank pays after registration", "zhang.manager", NOW);
        assertEquals("zhang.manager", o.settlement.releasedBy);
        assertEquals(NOW, o.settlement.releasedAt);
        assertEquals(money("180000.00"), o.settlement.owedAtRelease);
        assertEquals("loan approved, bank pays after registration", o.settlement.releaseReason);
        assertEquals(List.of(Announcement.RELEASED_UNPAID), o.takeAnnouncements());
        assertTrue(o.cleared());
        conflict(() -> o.releaseUnpaid("again", "zhang.manager", NOW));

        o.inspect(pdi(), null, "m", NOW);
        o.deliver(new Handover(true, true, true, true), "c", NOW);
        assertEquals(OrderStatus.DELIVERED, o.status);
        assertEquals(money("180000.00"), o.balanceOwed(), "a released car still owes");
        o.recordPayment(money("180000.00"), "BANK_TRANSFER", "R-5", "c", NOW);
        assertEquals(money("0.00"), o.balanceOwed(), "paid after the handover");
    }

    @Test
    void noReleaseForACarPaidOrNotYetPaidForOrAlreadyHandedOver() {
        SalesOrder paid = allocated();
        paid.recordPayment(money("180000.00"), "CARD", "R-1", "c", NOW);
        conflict(() -> paid.releaseUnpaid("why", "m", NOW));
        conflict(() -> signed().releaseUnpaid("why", "m", NOW));
        conflict(() -> draft().releaseUnpaid("why", "m", NOW));
    }

    @Test
    void theInvoiceNumberIsRecordedOnceFromTheSignatureOn() {
        conflict(() -> draft().recordInvoice("INV-1", NOW));
        SalesOrder o = signed();
        o.recordInvoice("INV-1", NOW);
        o.recordInvoice("INV-1", NOW.plusSeconds(1));
        assertEquals(NOW, o.settlement.invoicedAt, "the same number again changes nothing");
        conflict(() -> o.recordInvoice("INV-2", NOW));
        assertEquals("INV-1", BalanceView.of(o).invoice().number());
    }

    String receipt() {
        return "R-" + RECEIPTS.incrementAndGet();
    }

    static SalesOrder draft() {
        Quote q = new Quote();
        q.id = UUID.randomUUID();
        q.leadId = UUID.randomUUID();
        q.consultantId = "li.wei";
        q.status = QuoteStatus.ISSUED;
        q.modelCode = "AURORA";
        q.modelName = "Aurora";
        q.trimCode = "LUX";
        q.trimName = "Luxury";
        q.colourCode = "PEARL";
        q.optionCodes = "PANO";
        q.priceDate = TODAY;
        q.currency = "CNY";
        q.lines = List.of();
        q.listPrice = money("200000.00");
        q.discount = money("0.00");
        q.feesTotal = money("0.00");
        q.fees = List.of();
        q.total = money("200000.00");
        q.validUntil = TODAY.plusDays(7);
        return SalesOrder.accept(q, money("20000.00"), null, TODAY, 30, () -> "N-1", NOW);
    }

    static SalesOrder signed() {
        SalesOrder o = draft();
        o.sign("li.wei", "Wang Fang", true, NOW);
        o.takeAnnouncements();
        return o;
    }

    static SalesOrder depositPaid() {
        SalesOrder o = signed();
        o.recordDeposit(money("20000.00"), "CARD", "R-DEP", NOW);
        o.takeAnnouncements();
        return o;
    }

    /** Allocated with 180000.00 of the 200000.00 still owed. */
    static SalesOrder allocated() {
        SalesOrder o = depositPaid();
        o.allocate(null, "LSVAU218XN2183294", UUID.randomUUID(), NOW);
        o.takeAnnouncements();
        return o;
    }

    static Map<PdiItem, Boolean> pdi() {
        Map<PdiItem, Boolean> items = new EnumMap<>(PdiItem.class);
        for (PdiItem i : PdiItem.values()) {
            items.put(i, true);
        }
        return items;
    }

    static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    static ProblemException conflict(Runnable step) {
        ProblemException e = assertThrows(ProblemException.class, step::run);
        assertEquals(409, e.status(), e.getMessage());
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
        assertEquals(status, e.status(), e.getMessage());
        assertEquals(field, e.errors().get(0).field());
        assertEquals(rule, e.errors().get(0).rule());
        return e;
    }
}
