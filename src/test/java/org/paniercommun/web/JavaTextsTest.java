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
 * What Java code tells a person (an error next to a field, in a problem+json or on the error page, a Bean Validation
 * message) comes from a message bundle, like the templates' words ({@link TemplatesTextTest}): a translation then
 * only adds properties files. Programming errors meant for the logs (IllegalStateException…) are not checked.
 */
class JavaTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** The exceptions and field errors whose message reaches a person (a 403 always gets the error mapper's text). */
    private static final Pattern SHOWN_TO_PEOPLE = Pattern.compile(
            "new (?:ConflictException|NotFoundException|BadRequestException|InvalidInputException"
                    + "|CsvImportException|FieldError|InvalidInputException\\.FieldError)\\(");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A sentence or a word with a letter outside ASCII: a field name or a code has neither. */
    private static final Pattern TEXT = Pattern.compile("\\p{L}\\s+\\p{L}|[^\\p{ASCII}]|^\\s*\\p{Lu}\\p{Ll}+\\.?\\s*$");
    private static final Pattern VALIDATION_MESSAGE = Pattern.compile("\\bmessage\\s*=\\s*\"([^\"]*)\"");

    @Test
    void noMessageShownToAPersonIsWrittenInJava() throws IOException {
        List<String> written = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 100, "the sources are found from the project directory");
        for (Path source : sources) {
            String code = Files.readString(source, StandardCharsets.UTF_8);
            for (int[] text : textsInCalls(code)) {
                written.add(where(source, code, text[0]) + " " + code.substring(text[1], text[2]));
            }
            Matcher message = VALIDATION_MESSAGE.matcher(code);
            while (message.find()) {
                if (!message.group(1).matches("\\{[\\w.]+}")) {
                    written.add(where(source, code, message.start()) + " " + message.group());
                }
            }
        }
        assertEquals(List.of(), written, "texts for people written in Java instead of a message bundle");
    }

    @Test
    void theCheckSeesAMessageWrittenInJava() {
        String code = "throw new ConflictException(\"La tournée est close.\");"
                + " errors.add(new FieldError(\"name\", \"Nom obligatoire\"));";
        List<String> found = textsInCalls(code).stream().map(t -> code.substring(t[1], t[2])).toList();
        assertEquals(List.of("\"La tournée est close.\"", "\"Nom obligatoire\""), found);
        assertTrue(VALIDATION_MESSAGE.matcher("@NotBlank(message = \"Le nom est obligatoire.\")").find());
    }

    /** Each text literal in the arguments of a call shown to people: the call's offset and the literal's bounds. */
    private static List<int[]> textsInCalls(String code) {
        List<int[]> texts = new ArrayList<>();
        Matcher call = SHOWN_TO_PEOPLE.matcher(code);
        while (call.find()) {
            Matcher literal = STRING_LITERAL.matcher(arguments(code, call.end()));
            while (literal.find()) {
                if (TEXT.matcher(literal.group(1)).find()) {
                    texts.add(new int[] { call.start(), call.end() + literal.start(), call.end() + literal.end() });
                }
            }
        }
        return texts;
    }

    /** The text of a call's arguments, up to its closing parenthesis (string literals may hold parentheses). */
    private static String arguments(String code, int from) {
        int depth = 1;
        boolean inString = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return code.substring(from, i);
            }
        }
        return code.substring(from);
    }

    private static String where(Path source, String code, int offset) {
        long line = code.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        return SOURCES.relativize(source) + ":" + line;
    }
}
