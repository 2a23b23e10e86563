package dev.showroom.order.quote;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.order.catalogue.Catalogue;
import dev.showroom.order.catalogue.CatalogueItem;
import dev.showroom.order.catalogue.CatalogueResource;
import dev.showroom.order.catalogue.PriceBook;
import dev.showroom.order.customer.Customer;
import dev.showroom.order.pricing.Money;
import dev.showroom.order.pricing.PriceCalculator;
import dev.showroom.order.settings.DealerSettings;
import dev.showroom.order.settings.OrderSettings;
import dev.showroom.platform.dealer.DealerProfile;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import dev.showroom.platform.persistence.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/quotes")
@Tag(name = "Quotations", description = "Quotes, their approval and the customer's objections")
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
public class QuoteResource {

    public record TradeInRequest(
            @Size(max = 200) String description,

            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal appraisedValue) {}

    public record FinancingRequest(
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal downPayment,

            @NotNull @Min(1) @Max(120) Integer termMonths,

            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            BigDecimal annualRatePercent) {}

    public record QuoteRequest(
            @NotNull UUID leadId,

            @NotBlank @Pattern(regexp = CatalogueResource.CODE)
            String modelCode,

            @NotBlank @Pattern(regexp = CatalogueResource.CODE)
            String trimCode,

            @NotBlank @Pattern(regexp = CatalogueResource.CODE)
            String colourCode,

            @Size(max = 50) List<@NotBlank @Pattern(regexp = CatalogueResource.CODE) String> optionCodes,

            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal discount,

            @Valid TradeInRequest tradeIn,
            @Size(max = 20) List<@Valid @NotNull Fee> fees,
            @Valid FinancingRequest financing,
            LocalDate validUntil,
            @Size(max = 1000) String note) {}

    public enum Decision {
        APPROVED,
        REJECTED
    }

    public record DecisionRequest(
            @NotNull Decision decision, @Size(max = 500) String note) {}

    public record ObjectionRequest(
            @NotNull ObjectionCategory category,
            @Size(max = 1000) String note) {}

    @Inject
    CurrentStaff staff;

    @Inject
    Catalogue catalogue;

    @Inject
    PriceBook priceBook;

    @Inject
    DealerSettings settings;

    @Inject
    DealerProfiles profiles;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    dev.showroom.order.stock.StockAvailability availability;

    @POST
    @Transactional
    @IdempotentCreate
    @Operation(
            operationId = "createQuote",
            summary =
                    "Quote a configuration to a customer; a discount above the consultant's limit waits for a manager")
    @APIResponse(
            responseCode = "201",
            description = "The quotation; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = QuoteView.class)))
    public Response create(@Valid @NotNull QuoteRequest request) {
        Customer customer = Customer.findOrCreate(request.leadId());
        if (customer.consultantId == null) {
            customer.consultantId = staff.isManager() ? null : staff.id();
        }
        staff.requireOwnerOrManager(customer.consultantId, "Lead");
        OrderSettings s = settings.of(staff.dealerId());
        DealerProfile dealer = profiles.of(staff.dealerId());
        LocalDate today = dealer.today(clock);
        Catalogue.Configuration config =
                catalogue.resolve(request.modelCode(), request.trimCode(), request.colourCode(), request.optionCodes());
        List<QuoteLine> lines = new ArrayList<>();
        lines.add(line(config.trim(), today, config.model().code, dealer.currency));
        lines.add(line(config.colour(), today, config.model().code, dealer.currency));
        config.options().forEach(o -> lines.add(line(o, today, config.model().code, dealer.currency)));
        List<Fee> fees = request.fees() == null ? List.of() : request.fees();
        PriceCalculator.Result figures = PriceCalculator.compute(new PriceCalculator.Input(
                lines.stream().map(QuoteLine::price).toList(),
                request.discount(),
                request.tradeIn() == null ? null : request.tradeIn().appraisedValue(),
                fees.stream().map(Fee::amount).toList(),
                request.financing() == null
                        ? null
                        : new PriceCalculator.Financing(
                                request.financing().downPayment(),
                                request.financing().termMonths(),
                                request.financing().annualRatePercent())));
        LocalDate validUntil =
                request.validUntil() != null ? request.validUntil() : today.plusDays(s.quoteValidityDays);
        if (validUntil.isBefore(today)) {
            throw ProblemException.invalid("validUntil", "future", "must not be in the past");
        }
        Quote q = new Quote();
        q.id = UUID.randomUUID();
        q.leadId = request.leadId();
        q.consultantId = customer.consultantId != null ? customer.consultantId : staff.id();
        q.createdBy = staff.id();
        q.modelCode = config.model().code;
        q.modelName = config.model().name;
        q.trimCode = config.trim().code;
        q.trimName = config.trim().name;
        q.colourCode = config.colour().code;
        q.optionCodes = config.optionKey();
        q.priceDate = today;
        q.currency = dealer.currency;
        q.lines = lines;
        q.fees = fees;
        q.listPrice = figures.listPrice();
        q.discount = figures.discount();
        q.discountLimit = figures.listPrice()
                .multiply(s.consultantDiscountLimitPercent)
                .divide(BigDecimal.valueOf(100), Money.SCALE, Money.ROUNDING);
        q.tradeInDescription =
                request.tradeIn() == null ? null : request.tradeIn().description();
        q.tradeInValue = figures.tradeInValue();
        q.feesTotal = figures.feesTotal();
        q.total = figures.total();
        q.financing = financing(figures.financing());
        q.validUntil = validUntil;
        q.note = request.note();
        q.createdAt = Instant.now(clock);
        q.stockCheck = availability.check(
                staff.dealerId(), q.modelCode, q.trimCode, q.colourCode, q.optionCodes, null, null, today);
        boolean needsApproval = !staff.isManager() && q.discount.compareTo(q.discountLimit) > 0;
        if (needsApproval) {
            q.status = QuoteStatus.PENDING_APPROVAL;
        } else {
            q.status = QuoteStatus.ISSUED;
            issue(q);
        }
        q.persist();
        return Response.created(URI.create("/api/v1/quotes/" + q.id))
                .entity(QuoteView.of(q))
                .build();
    }

    @GET
    @Operation(
            operationId = "listQuotes",
            summary = "Quotations, by customer (leadId) and status, newest first; a consultant sees their own")
    @Sortable(
            value = {"createdAt", "validUntil", "total"},
            byDefault = "-createdAt")
    public Page<QuoteView> list(
            @QueryParam("leadId") String leadParam,
            @QueryParam("status") String statusParam,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        UUID leadId = QueryParams.uuid(leadParam, "leadId");
        QuoteStatus status = QueryParams.enumOf(QuoteStatus.class, statusParam, "status");
        var query = Quote.listed(leadId, status, staff.seesOnlyOwn() ? staff.id() : null, Sorts.of(sort, "id"));
        return Pages.of(query, page, QuoteView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getQuote", summary = "One quotation with its objections")
    public QuoteView get(@PathParam("id") UUID id) {
        return QuoteView.of(visible(id));
    }

    @POST
    @Path("{id}/approval")
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @IfMatch(required = true)
    @Operation(
            operationId = "decideQuote",
            summary = "Approve or reject a discount above the consultant's limit (If-Match: the quote's ETag, as the "
                    + "manager saw it); approval issues the quote")
    public QuoteView decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        Quote q = visible(id);
        Preconditions.check(q.version);
        if (q.status != QuoteStatus.PENDING_APPROVAL) {
            throw ProblemException.conflict("The quote is " + q.status + "; only a PENDING_APPROVAL quote is decided");
        }
        if (request.decision() == Decision.REJECTED
                && (request.note() == null || request.note().isBlank())) {
            // the consultant has to tell the customer why: a refusal without its reason is not one
            throw ProblemException.invalid("note", "required", "A refusal gives the consultant its reason");
        }
        q.decidedBy = staff.id();
        q.decidedAt = Instant.now(clock);
        q.decisionNote = request.note();
        if (request.decision() == Decision.APPROVED) {
            q.status = QuoteStatus.APPROVED;
            issue(q);
        } else {
            q.status = QuoteStatus.REJECTED;
        }
        return QuoteView.of(Versions.stored(q));
    }

    @POST
    @Path("{id}/objections")
    @Transactional
    @IdempotentCreate
    @Operation(
            operationId = "recordQuoteObjection",
            deprecated = true,
            summary = "Deprecated: lead-service owns objections at every step (POST /api/v1/leads/{leadId}/objections "
                    + "with quoteId); this records the older category-and-note form on the quotation only")
    @APIResponse(
            responseCode = "201",
            description = "The quotation with the new objection; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = QuoteView.class)))
    public Response object(@PathParam("id") UUID id, @Valid @NotNull ObjectionRequest request) {
        Quote q = visible(id);
        Objection o = new Objection();
        o.id = UUID.randomUUID();
        o.quoteId = q.id;
        o.category = request.category();
        o.note = request.note();
        o.raisedBy = staff.id();
        o.raisedAt = Instant.now(clock);
        o.persist();
        // the objection is part of the quote: Location names the quote that now holds it
        return Response.created(URI.create("/api/v1/quotes/" + q.id))
                .entity(QuoteView.of(q))
                .build();
    }

    private Quote visible(UUID id) {
        Quote q = Quote.findById(id);
        if (q == null) {
            throw ProblemException.notFound("Quote");
        }
        staff.requireOwnerOrManager(q.consultantId, "Quote");
        return q;
    }

    private void issue(Quote q) {
        q.issuedAt = Instant.now(clock);
        outbox.publish(
                Topics.QUOTE_ISSUED,
                q.leadId,
                q.id,
                new Events.QuoteIssued(
                        q.id,
                        staff.dealerId(),
                        q.leadId,
                        q.consultantId,
                        q.modelName,
                        q.trimName,
                        q.total,
                        q.currency,
                        q.validUntil,
                        q.issuedAt));
    }

    private QuoteLine line(CatalogueItem item, LocalDate day, String modelCode, String currency) {
        PriceBook.Price price = priceBook.priceOn(day, modelCode, item.kind, item.code);
        if (!currency.equals(price.currency())) {
            throw ProblemException.unprocessable(
                    "modelCode",
                    "currency",
                    "The price list is in " + price.currency() + " but the dealer sells in " + currency);
        }
        return new QuoteLine(item.kind, item.code, item.name, price.amount(), price.priceListId());
    }

    private static Financing financing(PriceCalculator.FinancingResult f) {
        return f == null
                ? null
                : new Financing(
                        f.downPayment(),
                        f.financedAmount(),
                        f.termMonths(),
                        f.annualRatePercent(),
                        f.monthlyInstalment(),
                        f.finalInstalment(),
                        f.totalOfInstalments(),
                        f.totalInterest());
    }
}
