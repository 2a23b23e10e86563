package dev.showroom.web.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * The fields of the posted form of this request (read before the resource by {@link CsrfCheck}), for forms
 * whose field names are not known in advance (a survey's questions). Fixed forms use {@code @RestForm}.
 */
public final class Forms {

    private Forms() {}

    /** Field name → first value (trimmed); files are ignored. */
    public static Map<String, String> current() {
        Map<String, String> fields = new LinkedHashMap<>();
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        FormData data = context == null ? null : context.getFormData();
        if (data == null) {
            return fields;
        }
        for (String name : data) {
            FormValue value = data.getFirst(name);
            if (value != null && !value.isFileItem()) {
                fields.put(
                        name, value.getValue() == null ? "" : value.getValue().strip());
            }
        }
        return fields;
    }
}
