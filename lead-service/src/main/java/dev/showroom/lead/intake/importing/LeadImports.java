package dev.showroom.lead.intake.importing;

import dev.showroom.lead.campaign.Campaigns;
import dev.showroom.lead.intake.Capture;
import dev.showroom.lead.intake.LeadIntake;
import dev.showroom.lead.intake.importing.LeadImportRecord.Outcome;
import dev.showroom.lead.prospect.Channel;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.phone.PhoneNumbers;
import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Imports records in chunks of {@link #CHUNK}, each chunk one transaction: the dealer's roster row (the round
 * robin's turn) is locked for one chunk at a time, each chunk starts with an empty persistence context (no flush over
 * everything imported so far), and what a chunk did is committed with it. A file of one chunk is
 * imported while the caller waits; a longer one is a job on one background thread per replica.
 */
@ApplicationScoped
public class LeadImports {

    public static final int CHUNK = 200;
    /** Imports waiting for the worker of this replica; beyond that the caller is told to come back later. */
    static final int QUEUED = 4;

    static final Duration KEPT = Duration.ofDays(30);

    private static final Logger LOG = Logger.getLogger(LeadImports.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    /** One record's outcome; {@code reason} names the field and rule, never the value. */
    public record RecordResult(int index, Outcome outcome, UUID leadId, String reason) {}

    /** What the caller asked for: whose dealer, who, which format, the channel for records without one. */
    public record Request(String dealerId, String by, String format, Channel defaultChannel, UUID campaignId) {}

    @Inject
    LeadIntake intake;

    @Inject
    Campaigns campaigns;

    @Inject
    Clock clock;

    private ExecutorService worker;

    @PostConstruct
    void init() {
        worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUED), r -> {
            Thread t = new Thread(r, "lead-import");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** A file of one chunk, in one transaction while the caller waits. */
    @Transactional
    public List<RecordResult> importNow(Request request, List<ImportedRecord> records) {
        return importChunk(request, records);
    }

    /** One chunk, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RecordResult> importChunk(Request request, List<ImportedRecord> records) {
        List<RecordResult> results = new ArrayList<>(records.size());
        for (ImportedRecord r : records) {
            results.add(importOne(request, r));
        }
        return results;
    }

    /** Records the job and hands it to the worker; the caller reads its progress at the job resource. */
    public LeadImport start(Request request, List<ImportedRecord> records) {
        Instant now = Instant.now(clock);
        LeadImport job = QuarkusTransaction.requiringNew().call(() -> {
            // finished jobs are kept a month: long enough to read a report, not a table that only grows
            LeadImport.delete("startedAt < ?1 and status <> ?2", now.minus(KEPT), LeadImport.Status.RUNNING);
            LeadImport j = new LeadImport();
            j.id = UUID.randomUUID();
            j.dealerId = request.dealerId();
            j.format = request.format();
            j.status = LeadImport.Status.RUNNING;
            j.total = records.size();
            j.startedBy = request.by();
            j.startedAt = now;
            j.updatedAt = now;
            j.persist();
            return j;
        });
        try {
            worker.execute(() -> DealerContext.run(request.dealerId(), () -> run(job.id, request, records)));
        } catch (RejectedExecutionException e) {
            QuarkusTransaction.requiringNew().run(() -> LeadImport.deleteById(job.id));
            throw new ProblemException(
                    503,
                    "busy",
                    "Service busy",
                    "Too many imports are waiting on this replica; send the file again in a minute",
                    null);
        }
        return job;
    }

    private void run(UUID jobId, Request request, List<ImportedRecord> records) {
        int from = 0;
        try {
            for (; from < records.size(); from += CHUNK) {
                if (Thread.currentThread().isInterrupted()) {
                    finish(jobId, LeadImport.Status.INTERRUPTED, "stopped with its replica at record " + (from + 1));
                    return;
                }
                List<ImportedRecord> chunk = records.subList(from, Math.min(from + CHUNK, records.size()));
                QuarkusTransaction.requiringNew().run(() -> {
                    List<RecordResult> results = importChunk(request, chunk);
                    LeadImport job = LeadImport.findById(jobId);
                    for (RecordResult r : results) {
                        LeadImportRecord row = new LeadImportRecord();
                        row.importId = jobId;
                        row.recordNo = r.index();
                        row.dealerId = request.dealerId();
                        row.outcome = r.outcome();
                        row.leadId = r.leadId();
                        row.reason = r.reason();
                        row.persist();
                        job.count(r.outcome());
                    }
                    job.updatedAt = Instant.now(clock);
                });
            }
            finish(jobId, LeadImport.Status.DONE, null);
        } catch (RuntimeException e) {
            // the failed chunk is rolled back whole; the chunks before it stay imported and reported.
            // Only the exception's type is logged: a database message may quote a phone number.
            LOG.errorf(
                    "import %s failed in the chunk from record %d: %s",
                    jobId, from + 1, e.getClass().getName());
            finish(
                    jobId,
                    LeadImport.Status.FAILED,
                    "the records from " + (from + 1) + " on could not be imported; "
                            + "send them again (records already imported merge)");
        }
    }

    private void finish(UUID jobId, LeadImport.Status status, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            LeadImport job = LeadImport.findById(jobId);
            job.status = status;
            job.failure = failure;
            job.finishedAt = Instant.now(clock);
            job.updatedAt = job.finishedAt;
        });
    }

    private RecordResult importOne(Request request, ImportedRecord r) {
        String problem = r.problem() != null ? r.problem() : problem(r);
        if (problem != null) {
            return new RecordResult(r.index(), Outcome.REJECTED, null, problem);
        }
        Channel channel = request.defaultChannel();
        if (r.channel() != null) {
            try {
                channel = Channel.valueOf(r.channel().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return new RecordResult(r.index(), Outcome.REJECTED, null, "channel: unknown channel");
            }
        }
        try {
            LeadIntake.Captured c = intake.capture(
                    request.dealerId(),
                    Capture.of(
                            r.name(),
                            r.phone(),
                            r.email(),
                            channel,
                            r.sourceDetail(),
                            r.modelOfInterest(),
                            r.notes(),
                            null,
                            request.by()),
                    request.campaignId());
            campaigns.attribute(c.lead(), request.campaignId());
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
        if (r.email() != null
                && (r.email().length() > 254 || !EMAIL.matcher(r.email()).matches())) {
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
}
