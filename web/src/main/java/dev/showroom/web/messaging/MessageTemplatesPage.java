package dev.showroom.web.messaging;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.shell.Who;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The dealer's message templates: every kind of message in each language, the dealer's own words or the default.
 * A manager (or admin) edits one at the version the page showed (If-Match): a 412 shows it as it is now and says
 * so above the form, a 400 (an unknown placeholder, too long) comes back beside its field. Customer care reads them.
 */
@Path("/console/messages/templates")
@Produces(MediaType.TEXT_HTML)
public class MessageTemplatesPage {

    @CheckedTemplate(basePath = "messaging")
    static class Templates {
        static native TemplateInstance templates(
                MessagesApi.Templates all,
                MessagesApi.Template chosen,
                String subject,
                String body,
                long version,
                FieldErrors errors,
                String done,
                boolean mayEdit);
    }

    @Inject
    @RestClient
    MessagesApi api;

    @Inject
    Who who;

    @GET
    public TemplateInstance show(
            @QueryParam("kind") String kind, @QueryParam("language") String language, @QueryParam("done") String done) {
        MessagesApi.Templates all = api.templates();
        MessagesApi.Template chosen = chosen(all, kind, language);
        return chosen == null
                ? Templates.templates(all, null, "", "", 0, FieldErrors.none(), done, mayEdit())
                : Templates.templates(
                        all,
                        chosen,
                        chosen.subject(),
                        chosen.body(),
                        chosen.version(),
                        FieldErrors.none(),
                        done,
                        mayEdit());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @RestForm String kind,
            @RestForm String language,
            @RestForm long version,
            @RestForm String subject,
            @RestForm String body) {
        Map<String, Object> request = new HashMap<>();
        request.put("kind", kind);
        request.put("language", language);
        request.put("subject", subject == null || subject.isBlank() ? null : subject);
        request.put("body", body == null ? "" : body);
        try {
            api.save("\"" + version + "\"", request);
        } catch (GatewayProblem problem) {
            if (problem.status() == 412) {
                // changed meanwhile: the template as it is now, and the page says so above the form
                MessagesApi.Templates all = api.templates();
                MessagesApi.Template now = chosen(all, kind, language);
                return Response.status(412)
                        .entity(Templates.templates(
                                all,
                                now,
                                now == null ? subject : now.subject(),
                                now == null ? body : now.body(),
                                now == null ? version : now.version(),
                                FieldErrors.of(problem),
                                null,
                                mayEdit()))
                        .build();
            }
            if (!problem.validation()) {
                throw problem;
            }
            MessagesApi.Templates all = api.templates();
            MessagesApi.Template now = chosen(all, kind, language);
            return Response.status(problem.status())
                    .entity(Templates.templates(
                            all, now, subject, body, version, FieldErrors.of(problem), null, mayEdit()))
                    .build();
        }
        return Response.seeOther(UriBuilder.fromPath("/console/messages/templates")
                        .queryParam("kind", kind)
                        .queryParam("language", language)
                        .queryParam("done", "saved")
                        .build())
                .build();
    }

    /** after-sales lets managers and admins change the templates; customer care reads them. */
    private boolean mayEdit() {
        return who.any("manager,admin");
    }

    /** The template of that kind and language, else the first one. */
    static MessagesApi.Template chosen(MessagesApi.Templates all, String kind, String language) {
        return all.items().stream()
                .filter(t -> t.kind().equals(kind) && t.language().equals(language))
                .findFirst()
                .orElse(all.items().isEmpty() ? null : all.items().get(0));
    }
}
