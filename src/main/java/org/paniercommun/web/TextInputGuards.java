package org.paniercommun.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.TextInput;
import org.paniercommun.kernel.Texts;

/** Where {@link TextInput}'s rule is applied: query strings, HTML forms and JSON bodies. */
final class TextInputGuards {

    private TextInputGuards() {
    }

    /** A JSON string with a forbidden character: answered as the field's own error (see {@link ErrorMappers}). */
    public static class ForbiddenTextException extends InvalidFormatException {

        ForbiddenTextException(JsonParser parser, String value) {
            super(parser, "Forbidden character in a string", value, String.class);
        }
    }

    /** Every string of every JSON body goes through this reader. */
    @Singleton
    public static class Json implements ObjectMapperCustomizer {

        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new SimpleModule("panier-text-input").addDeserializer(String.class,
                    new StringDeserializer() {
                        @Override
                        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                            String value = super.deserialize(parser, context);
                            if (TextInput.forbidden(value)) {
                                throw new ForbiddenTextException(parser, value);
                            }
                            return value;
                        }
                    }));
        }
    }

    /** Query parameters (searches, filters) of every request. */
    public static class Query {

        @ServerRequestFilter(preMatching = true)
        public void check(ContainerRequestContext request) {
            firstForbidden(request.getUriInfo().getQueryParameters());
        }
    }

    /** Fields of HTML forms, as the resource reads them. */
    @Provider
    public static class Forms implements ReaderInterceptor {

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            Object entity = context.proceed();
            if (entity instanceof MultivaluedMap<?, ?> form) {
                firstForbidden(form);
            }
            return entity;
        }
    }

    private static void firstForbidden(Map<?, ?> fields) {
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            boolean bad = TextInput.forbidden(String.valueOf(field.getKey()));
            if (field.getValue() instanceof List<?> values) {
                for (Object value : values) {
                    bad |= value instanceof String text && TextInput.forbidden(text);
                }
            }
            if (bad) {
                throw new InvalidInputException(String.valueOf(field.getKey()),
                        Texts.of(AppMessages.class).error_forbidden_character());
            }
        }
    }
}
