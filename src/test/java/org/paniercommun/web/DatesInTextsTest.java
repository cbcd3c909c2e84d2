package org.paniercommun.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text prints a date without the one formatter ({@link Dates}): a message that takes a {@code LocalDate} or an
 * {@code Instant} writes it {@code {date.longDate}} or {@code {date.moment}}, never {@code {date}} (which reads
 * "2026-12-12" or "2026-12-12T17:00:00Z"). Pages are checked where they render ({@code VisibleText.isoDates}).
 */
class DatesInTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** A message and the method it belongs to. */
    private static final Pattern MESSAGE = Pattern.compile(
            "@Message\\(\"((?:[^\"\\\\]|\\\\.)*)\"(?:\\s*\\+\\s*\"(?:[^\"\\\\]|\\\\.)*\")*\\)\\s*\\n\\s*\\w+\\s+\\w+\\(([^)]*)\\)",
            Pattern.DOTALL);
    private static final Pattern DATE_PARAMETER = Pattern.compile(
            "(?:java\\.time\\.)?(?:LocalDate|Instant|LocalDateTime|YearMonth)\\s+(\\w+)");

    static List<String> rawDates(String code) {
        List<String> raw = new ArrayList<>();
        Matcher message = MESSAGE.matcher(code);
        while (message.find()) {
            Matcher parameter = DATE_PARAMETER.matcher(message.group(2));
            while (parameter.find()) {
                String name = parameter.group(1);
                if (message.group(0).contains("{" + name + "}") || message.group(0).contains("{" + name + " ")) {
                    raw.add(name + " in \"" + message.group(1) + "\"");
                }
            }
        }
        return raw;
    }

    @Test
    void everyDateInAMessageGoesThroughTheFormatter() throws IOException {
        List<String> raw = new ArrayList<>();
        List<Path> bundles;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            bundles = files.filter(p -> p.toString().endsWith("Messages.java")).toList();
        }
        assertTrue(bundles.size() > 10, "the bundles are found from the project directory");
        for (Path bundle : bundles) {
            for (String found : rawDates(Files.readString(bundle, StandardCharsets.UTF_8))) {
                raw.add(bundle.getFileName() + ": " + found);
            }
        }
        assertEquals(List.of(), raw, "dates printed without Formats.longDate / Formats.moment");
    }

    @Test
    void theCheckSeesARawDate() {
        String code = "    @Message(\"payé le {date}\")\n    String paid_on(LocalDate date);\n"
                + "    @Message(\"payé le {date.longDate}\")\n    String paid_on_long(LocalDate date);\n";
        assertEquals(List.of("date in \"payé le {date}\""), rawDates(code));
    }
}
