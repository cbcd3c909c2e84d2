package org.paniercommun.kernel;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The message bundles of texts that Java code writes (exception messages shown in forms and problem+json, enum
 * labels, labels computed by services), in the language the request asks for: the first of its
 * {@code Accept-Language} ranges that has a translation ({@code messages/<bundle>_<lang>.properties}), else the
 * default locale (French). Outside a request (scheduled jobs, e-mails written by the outbox) it is the default
 * locale. Pages choose their language the same way, so an error message and the page around it agree.
 */
public final class Texts {

    /** Bundle and language tag → the translated bundle, or empty where there is no translation. */
    private static final Map<String, Optional<Object>> TRANSLATED = new ConcurrentHashMap<>();

    /** The language of the bundles' own texts ({@code quarkus.default-locale}). */
    private static final String DEFAULT_LANGUAGE = Locale.forLanguageTag(ConfigProvider.getConfig()
            .getOptionalValue("quarkus.default-locale", String.class).orElse("fr")).getLanguage();

    private Texts() {
    }

    /** The bundle in the current request's language. */
    public static <T> T of(Class<T> bundle) {
        for (String tag : requestedLanguages()) {
            Optional<Object> translated = TRANSLATED.computeIfAbsent(bundle.getName() + '|' + tag,
                    key -> translation(bundle, tag));
            if (translated.isPresent()) {
                return bundle.cast(translated.get());
            }
        }
        return MessageBundles.get(bundle);
    }

    /** The bundle in the default locale (French), whoever asks: for texts stored or sent to others. */
    public static <T> T inDefaultLocale(Class<T> bundle) {
        return MessageBundles.get(bundle);
    }

    /** An amount or quantity that cannot be read ({@link Unreadable}, a code) in words, for the person who typed it. */
    public static String explain(Unreadable unreadable) {
        AppMessages messages = of(AppMessages.class);
        String typed = unreadable.typed();
        return switch (unreadable.reason()) {
            case AMOUNT_MISSING -> messages.form_amount_missing();
            case NOT_AN_AMOUNT -> messages.form_not_an_amount(typed);
            case AMOUNT_DECIMALS -> messages.form_amount_decimals();
            case AMOUNT_TOO_BIG -> messages.form_amount_too_big(Money.format(Money.MAX_CENTS));
            case QUANTITY_MISSING -> messages.form_quantity_missing();
            case NOT_A_NUMBER -> messages.form_not_a_number(typed);
            case QUANTITY_DECIMALS -> messages.form_quantity_decimals();
            case QUANTITY_TOO_BIG -> messages.form_quantity_too_big(Quantities.format(Quantities.MAX));
        };
    }

    private static Optional<Object> translation(Class<?> bundle, String tag) {
        InstanceHandle<?> handle = Arc.container().instance(bundle, Localized.Literal.of(tag));
        return handle.isAvailable() ? Optional.of(handle.get()) : Optional.empty();
    }

    /** Where a request keeps its parsed languages: a pickup list asks for a label on each of thousands of rows. */
    private static final String LANGUAGES = Texts.class.getName() + ".languages";

    /** The language tags to try, best first: each range as given, then its language alone ("en-GB", "en"). */
    static List<String> requestedLanguages() {
        RoutingContext request = currentRequest();
        if (request == null) {
            return List.of();
        }
        List<String> tags = request.get(LANGUAGES);
        if (tags == null) {
            tags = parse(request.request().getHeader("Accept-Language"));
            request.put(LANGUAGES, tags);
        }
        return tags;
    }

    static List<String> parse(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0 || range.getRange().equals("*")) {
                continue;
            }
            Locale locale = Locale.forLanguageTag(range.getRange());
            if (locale.getLanguage().equals(DEFAULT_LANGUAGE)) {
                break; // the default language comes before any translation the browser likes less
            }
            tags.add(locale.toLanguageTag());
            if (!locale.getCountry().isEmpty()) {
                tags.add(locale.getLanguage());
            }
        }
        return List.copyOf(tags);
    }

    private static RoutingContext currentRequest() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        return container.instance(CurrentVertxRequest.class).get().getCurrent();
    }
}
