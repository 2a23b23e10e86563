package dev.showroom.web.shell;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Every template is rendered in the language of the request ({@link Language}): its messages
 * ({@code {msg:...}}) come from that language's bundle.
 */
@Singleton
public class LocaleInitializer implements TemplateInstance.Initializer {

    @Inject
    Language language;

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(language.locale());
        }
    }
}
