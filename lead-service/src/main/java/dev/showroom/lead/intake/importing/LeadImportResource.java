package dev.showroom.lead.intake.importing;

import dev.showroom.lead.campaign.Campaigns;
import dev.showroom.lead.intake.importing.LeadImportRecord.Outcome;
import dev.showroom.lead.intake.importing.LeadImports.RecordResult;
import dev.showroom.lead.prospect.Channel;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Sorts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk import: every good record imports (created or merged), every bad one is reported with its reason.
 * Up to {@link LeadImports#CHUNK} records answer 200 with the report; more answer 202 with the job's
 * {@code Location}, where its progress and then its report are read.
 */
@Path("/api/v1/lead-imports")
@Tag(name = "Leads", description = "Prospects: capture, search, contacts, contact requests and imports")
public class LeadImportResource {

    static final int MAX_RECORDS = 5000;

    public record ImportReport(
            String format, int total, int created, int merged, int rejected, List<RecordResult> records) {}

    public record ImportJobView(
            UUID id,
            String format,
            LeadImport.Status status,
            int total,
            int processed,
            int created,
            int merged,
            int rejected,
            String startedBy,
            Instant startedAt,
            Instant finishedAt,
            String failure,
            String records) {

        static ImportJobView of(LeadImport j, Instant now) {
            return new ImportJobView(
                    j.id,
                    j.format,
                    j.statusAt(now),
                    j.total,
                    j.processed,
                    j.created,
                    j.merged,
                    j.rejected,
                    j.startedBy,
                    j.startedAt,
                    j.finishedAt,
                    j.failure,
                    "/api/v1/lead-imports/" + j.id + "/records");
        }
    }

    @Inject
    LeadImports imports;

    @Inject
    CurrentStaff staff;

    @Inject
    Clock clock;

    @Inject
    Campaigns campaigns;

    @POST
    @Consumes({"application/xml", "text/xml"})
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "importLeads",
            summary = "Import ADF XML leads (channel ONLINE unless ?channel= says otherwise; ?campaignId= points every "
                    + "lead to a campaign): 200 with the report, or 202 with the job's Location for more than 200 "
                    + "records")
    public Response adf(
            @QueryParam("channel") String channel, @QueryParam("campaignId") String campaignId, String body) {
        return run(
                "ADF",
                body,
                AdfReader::read,
                QueryParams.enumOf(Channel.class, channel, "channel"),
                Channel.ONLINE,
                campaignId);
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "importLeads",
            summary = "Import CSV leads (header: name, phone, email, channel, source_detail, model_of_interest, "
                    + "notes; ?campaignId= points every lead to a campaign): 200 with the report, or 202 with the job's "
                    + "Location for more than 200 records")
    public Response csv(
            @QueryParam("channel") String channel, @QueryParam("campaignId") String campaignId, String body) {
        return run(
                "CSV",
                body,
                CsvReader::read,
                QueryParams.enumOf(Channel.class, channel, "channel"),
                Channel.OTHER,
                campaignId);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getLeadImport",
            summary = "An import job: its status (RUNNING, DONE, FAILED, INTERRUPTED), progress and counts")
    public ImportJobView job(@PathParam("id") UUID id) {
        return ImportJobView.of(found(id), Instant.now(clock));
    }

    @GET
    @Path("{id}/records")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listLeadImportRecords",
            summary = "What an import job did with each record so far, in file order (paged; ?outcome= filters)")
    @Sortable(value = "recordNo", byDefault = "recordNo")
    public Page<RecordResult> records(
            @PathParam("id") UUID id,
            @QueryParam("outcome") String outcomeParam,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        Outcome outcome = QueryParams.enumOf(Outcome.class, outcomeParam, "outcome");
        found(id);
        Filters f = new Filters().and("importId = :id", "id", id).and("outcome = :outcome", "outcome", outcome);
        var rows = LeadImportRecord.<LeadImportRecord>find(f.query(), Sorts.of(sort), f.params());
        long total = rows.count();
        return Page.of(
                rows.page(page.page, page.size).list().stream()
                        .map(r -> new RecordResult(r.recordNo, r.outcome, r.leadId, r.reason))
                        .toList(),
                page,
                total);
    }

    private static LeadImport found(UUID id) {
        LeadImport job = LeadImport.findById(id);
        if (job == null) {
            throw ProblemException.notFound("Import");
        }
        return job;
    }

    private Response run(
            String format,
            String body,
            Function<String, List<ImportedRecord>> reader,
            Channel requested,
            Channel fallback,
            String campaignParam) {
        UUID campaign = campaigns.require(QueryParams.uuid(campaignParam, "campaignId"), "campaignId");
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "notBlank", "The file is empty");
        }
        List<ImportedRecord> records;
        try {
            records = reader.apply(body);
        } catch (MalformedFileException e) {
            throw ProblemException.invalid("body", "malformed", e.getMessage());
        }
        if (records.size() > MAX_RECORDS) {
            throw ProblemException.invalid("body", "size", "At most " + MAX_RECORDS + " records per file");
        }
        var request = new LeadImports.Request(
                staff.dealerId(), staff.id(), format, requested != null ? requested : fallback, campaign);
        if (records.size() <= LeadImports.CHUNK) {
            return Response.ok(importNow(request, records)).build();
        }
        LeadImport job = imports.start(request, records);
        return Response.accepted(ImportJobView.of(job, Instant.now(clock)))
                .location(URI.create("/api/v1/lead-imports/" + job.id))
                .build();
    }

    private ImportReport importNow(LeadImports.Request request, List<ImportedRecord> records) {
        List<RecordResult> results = imports.importNow(request, records);
        return new ImportReport(
                request.format(),
                results.size(),
                count(results, Outcome.CREATED),
                count(results, Outcome.MERGED),
                count(results, Outcome.REJECTED),
                results);
    }

    private static int count(List<RecordResult> results, Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
