package dev.showroom.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Rules every JSON body obeys before any service sees it: a string may not contain the NUL character
 * (PostgreSQL cannot store it, and no person types it), so it is a 400 naming the field, not a 500;
 * a key may not appear twice in one object (parsers disagree on which one wins, so a filter and the
 * service behind it could read different values): 400 {@code duplicateKey}.
 */
@Singleton
public class JsonInputRules implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("showroom-input-rules");
        module.addDeserializer(String.class, new NoNulString());
        mapper.registerModule(module);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    static final class NoNulString extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                return (String) ctxt.handleWeirdStringValue(String.class, value, "must not contain the NUL character");
            }
            return value;
        }
    }
}
