package org.paniercommun.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a person reads in a page, a printed list or an e-mail comes from a message bundle, so that a
 * translation only adds {@code messages/<bundle>_<lang>.properties} files and never edits a template.
 */
class TemplatesTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Written the same in every language: the names of file formats (Excel for the .xlsx links). */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("PDF", "CSV", "Excel");

    private static final Pattern QUTE_COMMENT = Pattern.compile("\\{!.*?!\\}", Pattern.DOTALL);
    /** Style rules of printed documents and example file contents are not text to translate. */
    private static final Pattern NOT_TEXT = Pattern.compile(
            "\\{#(style|pageFooter|margin|fontSize|tables)}.*?\\{/\\1}|<(script|style|code)\\b.*?</\\2>", Pattern.DOTALL);
    private static final Pattern INNERMOST_EXPRESSION = Pattern.compile("\\{[^{}]*}");
    private static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile("\\b(?:title|aria-label|placeholder|alt)=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&[a-z#0-9]+;");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]+");

    @Test
    void everyWordOfEveryTemplateComesFromAMessageBundle() throws IOException {
        Map<String, Set<String>> literalWords = new TreeMap<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(Files::isRegularFile).toList();
        }
        assertTrue(templates.size() > 50, "the templates are found from the project directory");
        for (Path template : templates) {
            Set<String> words = literalWords(read(template), template.toString().endsWith(".txt"));
            words.removeAll(SAME_IN_EVERY_LANGUAGE);
            if (!words.isEmpty()) {
                literalWords.put(TEMPLATES.relativize(template).toString(), words);
            }
        }
        assertEquals(Map.of(), literalWords, "words written in templates instead of a message bundle");
    }

    @Test
    void aWordWrittenInATemplateIsFound() {
        assertEquals(Set.of("Enregistrer", "Montant"),
                literalWords("<p title=\"Montant\">{fund:x(a, {b})}</p><button>{#if ok}Enregistrer{/if}</button>", false));
        assertEquals(Set.of(), literalWords("{#style}table { margin: 8mm; }{/style}<a href=\"/x\" class=\"button\">"
                + "{msg:y}</a> : — 12,50&nbsp;€ <code>nom;prix</code>", false));
        assertEquals(Set.of("Bonjour"), literalWords("Bonjour {name},", true));
    }

    /** The words left once expressions, sections, markup and non-text parts are taken out. */
    static Set<String> literalWords(String template, boolean plainText) {
        String text = QUTE_COMMENT.matcher(template).replaceAll(" ");
        text = NOT_TEXT.matcher(text).replaceAll(" ");
        // Innermost first: an expression can hold another one ({#if a}{b}{/if}, {x(a, {b})}).
        String previous;
        do {
            previous = text;
            text = INNERMOST_EXPRESSION.matcher(text).replaceAll(" ");
        } while (!text.equals(previous));
        StringBuilder visible = new StringBuilder();
        if (!plainText) {
            Matcher attributes = VISIBLE_ATTRIBUTE.matcher(text);
            while (attributes.find()) {
                visible.append(' ').append(attributes.group(1));
            }
            text = TAG.matcher(text).replaceAll(" ");
        }
        text = ENTITY.matcher(text + visible).replaceAll(" ");
        Set<String> words = new TreeSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
