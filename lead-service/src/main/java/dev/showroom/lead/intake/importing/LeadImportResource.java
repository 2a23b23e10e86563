package dev.showroom.lead.intake.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.showroom.lead.intake.Capture;
import dev.showroom.lead.intake.Channel;
import dev.showroom.lead.intake.LeadIntake;
import dev.showroom.platform.phone.PhoneNumbers;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;

/** Bulk import: every good record imports (created or merged), every bad one is reported with its reason. */
@Path("/api/v1/leads/imports")
@Tag(name = "Leads")
public class LeadImportResource {

    static final int MAX_RECORDS = 5000;
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+");

    public enum Outcome {
        CREATED, MERGED, REJECTED
    }

    public record RecordResult(int index, Outcome outcome, UUID leadId, String reason) {
    }

    public record ImportReport(String format, int total, int created, int merged, int rejected,
            List<RecordResult> records) {
    }

    @Inject
    LeadIntake intake;

    @Inject
    CurrentStaff staff;

    @POST
    @Consumes({ "application/xml", "text/xml" })
    @Transactional
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Import ADF XML leads (channel ONLINE unless ?channel= says otherwise)")
    public ImportReport adf(@QueryParam("channel") String channel, String body) {
        return run("ADF", body, AdfReader::read, QueryParams.enumOf(Channel.class, channel, "channel"), Channel.ONLINE);
    }

    @POST
    @Consumes("text/csv")
    @Transactional
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Import CSV leads (header: name, phone, email, channel, source_detail, model_of_interest, notes)")
    public ImportReport csv(@QueryParam("channel") String channel, String body) {
        return run("CSV", body, CsvReader::read, QueryParams.enumOf(Channel.class, channel, "channel"), Channel.OTHER);
    }

    private ImportReport run(String format, String body, Function<String, List<ImportedRecord>> reader,
            Channel requested, Channel fallback) {
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
        Channel defaultChannel = requested != null ? requested : fallback;
        List<RecordResult> results = new ArrayList<>();
        for (ImportedRecord r : records) {
            results.add(importOne(r, defaultChannel));
        }
        return new ImportReport(format, results.size(), count(results, Outcome.CREATED),
                count(results, Outcome.MERGED), count(results, Outcome.REJECTED), results);
    }

    private RecordResult importOne(ImportedRecord r, Channel defaultChannel) {
        String problem = r.problem() != null ? r.problem() : problem(r);
        if (problem != null) {
            return new RecordResult(r.index(), Outcome.REJECTED, null, problem);
        }
        Channel channel = defaultChannel;
        if (r.channel() != null) {
            try {
                channel = Channel.valueOf(r.channel().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return new RecordResult(r.index(), Outcome.REJECTED, null, "channel: unknown channel " + r.channel());
            }
        }
        try {
            LeadIntake.Captured c = intake.capture(staff.dealerId(), Capture.of(r.name(), r.phone(), r.email(),
                    channel, r.sourceDetail(), r.modelOfInterest(), r.notes(), null, staff.id()));
            return new RecordResult(r.index(), c.created() ? Outcome.CREATED : Outcome.MERGED, c.lead().id, null);
        } catch (PhoneNumbers.InvalidPhoneException e) {
            return new RecordResult(r.index(), Outcome.REJECTED, null, "phone: " + e.getMessage());
        }
    }

    private static String problem(ImportedRecord r) {
        if (r.name() == null) {
            return "name: required";
        }
        if (r.name().length() > 100) {
            return "name: longer than 100 characters";
        }
        if (r.phone() == null) {
            return "phone: required";
        }
        if (r.email() != null && (r.email().length() > 254 || !EMAIL.matcher(r.email()).matches())) {
            return "email: not an e-mail address";
        }
        if (r.sourceDetail() != null && r.sourceDetail().length() > 200) {
            return "sourceDetail: longer than 200 characters";
        }
        if (r.modelOfInterest() != null && r.modelOfInterest().length() > 100) {
            return "modelOfInterest: longer than 100 characters";
        }
        if (r.notes() != null && r.notes().length() > 2000) {
            return "notes: longer than 2000 characters";
        }
        return null;
    }

    private static int count(List<RecordResult> results, Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
