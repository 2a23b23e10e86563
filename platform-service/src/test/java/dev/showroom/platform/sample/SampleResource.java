package dev.showroom.platform.sample;

import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.http.Versioned;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Sorts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/notes")
@RolesAllowed({"consultant", "manager"})
public class SampleResource {

    public record NoteRequest(
            @NotBlank @Size(max = 20) String text,
            @NotNull @Size(min = 1, max = 3) List<@NotBlank String> tags) {}

    public record NoteView(UUID id, String dealerId, String text, long version) implements Versioned {}

    public record TextRequest(@NotBlank @Size(max = 20) String text) {}

    public record Noted(UUID noteId, String dealerId, String text) {}

    @Inject
    Outbox outbox;

    @POST
    @Transactional
    @IdempotentCreate
    @Operation(operationId = "createNote")
    @APIResponse(
            responseCode = "201",
            description = "A new note",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NoteView.class)))
    public Response create(@Valid @NotNull NoteRequest request) {
        SampleNote note = new SampleNote();
        note.id = UUID.randomUUID();
        note.text = request.text();
        note.persist();
        outbox.publish("sample.noted", note.id, note.id, new Noted(note.id, note.dealerId, note.text));
        return Response.created(URI.create("/api/v1/notes/" + note.id))
                .entity(view(note))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getNote")
    public NoteView get(@PathParam("id") UUID id) {
        SampleNote note = SampleNote.findById(id);
        if (note == null) {
            throw ProblemException.notFound("Note");
        }
        return view(note);
    }

    @GET
    @Operation(operationId = "listNotes")
    @Sortable(
            value = {"text", "id"},
            byDefault = "text")
    public List<NoteView> list(@BeanParam SortOrder sort) {
        return SampleNote.<SampleNote>listAll(Sorts.of(sort, "id")).stream()
                .map(SampleResource::view)
                .toList();
    }

    /** A lost update would harm: If-Match is required. */
    @PUT
    @Path("{id}")
    @Transactional
    @IfMatch(required = true)
    @Operation(operationId = "rewriteNote")
    public NoteView rewrite(@PathParam("id") UUID id, @Valid @NotNull TextRequest request) {
        SampleNote note = found(id);
        Preconditions.check(note.version);
        note.text = request.text();
        SampleNote.flush();
        return view(note);
    }

    /** If-Match is taken, not required. */
    @POST
    @Path("{id}/pin")
    @Transactional
    @IfMatch
    @Operation(operationId = "pinNote")
    public NoteView pin(@PathParam("id") UUID id) {
        SampleNote note = found(id);
        Preconditions.check(note.version);
        note.text = "📌 " + note.text;
        SampleNote.flush();
        return view(note);
    }

    /** Another transaction commits a change between this one's check and its write (simulated in the same one). */
    @POST
    @Path("{id}/contended")
    @Transactional
    @IfMatch
    @Operation(operationId = "rewriteNoteContended")
    public NoteView contended(@PathParam("id") UUID id) {
        SampleNote note = found(id);
        Preconditions.check(note.version);
        SampleNote.getEntityManager()
                .createNativeQuery("update sample_note set version = version + 1 where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        note.text = "too late";
        SampleNote.flush();
        return view(note);
    }

    /** A method that forgets to check the version it is given. */
    @POST
    @Path("{id}/careless")
    @Transactional
    @IfMatch
    @Operation(operationId = "markNoteCarelessly")
    public NoteView careless(@PathParam("id") UUID id) {
        SampleNote note = found(id);
        note.text = "careless";
        return view(note);
    }

    private static SampleNote found(UUID id) {
        SampleNote note = SampleNote.findById(id);
        if (note == null) {
            throw ProblemException.notFound("Note");
        }
        return note;
    }

    private static NoteView view(SampleNote note) {
        return new NoteView(note.id, note.dealerId, note.text, note.version);
    }
}
