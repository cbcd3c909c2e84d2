package org.paniercommun.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every {@code <form>} in the templates is sent by a journey: a form no journey sends is a form nobody knows still
 * works. The templates are shared out between the journeys ({@link #BASKETS} to {@code BasketMonthJourneyTest},
 * {@link #ACCOUNTS} to {@code AccountJourneyTest}, the rest to {@code MonthJourneyTest}); each journey's last step checks its share against the forms it sent, so the check
 * holds whatever order the test classes run in and when a journey runs alone.
 */
final class FormCoverage {

    /** The basket journey's share of the templates. */
    static final Predicate<String> BASKETS = template -> template.startsWith("Basket");

    /** The account journey's share: account pages, invitations and passwords, a household's access (issue 21). */
    static final Predicate<String> ACCOUNTS = template -> template.startsWith("AccessPages/")
            || template.startsWith("PasswordPages/") || template.startsWith("HouseholdAccessPages/");

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern QUTE_COMMENT = Pattern.compile("\\{!.*?!}", Pattern.DOTALL);
    private static final Pattern METHOD = Pattern.compile("method=\"(\\w+)\"");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");

    /**
     * Forms whose address is built by the page bean, not written in the template: where they send to, as a pattern.
     */
    private static final Map<String, String> COMPUTED_ACTIONS = Map.ofEntries(
            Map.entry("OrganisationPages/form.html#1", "/organisation/(antennes|groupements|points-relais)/(nouvel(le)?|nouveau|\\d+)(/tarifs)?"),
            Map.entry("OrganisationPages/form.html#2", "/organisation/(antennes|groupements|points-relais)/\\d+/(desactiver|reactiver)"),
            Map.entry("HouseholdPages/edit.html#1", "/(foyers/(nouveau|\\d+)|mon-foyer)"),
            Map.entry("OrderEntry/order.html#1", "/(commandes/\\d+|tournees/\\d+/saisie/\\d+)"),
            Map.entry("OrderEntry/order.html#2", "/(commandes/\\d+|tournees/\\d+/saisie/\\d+)"),
            Map.entry("OrderEntry/cancelConfirm.html#1", "/(commandes/\\d+|tournees/\\d+/saisie/\\d+)/annuler"),
            Map.entry("CataloguePages/product.html#1", "/catalogue/produits/(nouveau|\\d+)"),
            Map.entry("CataloguePages/producer.html#1", "/catalogue/producteurs/(nouveau|\\d+)"),
            Map.entry("BasketPages/statement.html#1", "/paniers/financeurs/\\d+/releve"));

    /**
     * Forms a month cannot send, each with the reason why ("Dir/file.html#n" → reason). None today; a form listed
     * here that a journey does send fails the check, so the list never outlives its reason.
     */
    private static final Map<String, String> NOT_IN_A_MONTH = Map.of();

    private FormCoverage() {
    }

    /** Fails, naming them, if forms of the templates {@code share} takes were never sent by the journey {@code journey}. */
    static void assertEverySent(String journey, Predicate<String> share) throws IOException {
        Map<String, String> forms = new TreeMap<>(forms());
        forms.keySet().removeIf(share.negate());
        List<String> neverSent = new ArrayList<>();
        List<String> sentButExcluded = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, String> form : forms.entrySet()) {
            String[] methodAndAction = form.getValue().split(" ", 2);
            Pattern pattern = Pattern.compile(methodAndAction[0] + " " + methodAndAction[1]);
            if (JourneyBrowser.SUBMITTED.stream().anyMatch(s -> pattern.matcher(s).matches())) {
                sent++;
                if (NOT_IN_A_MONTH.containsKey(form.getKey())) {
                    sentButExcluded.add(form.getKey());
                }
            } else if (!NOT_IN_A_MONTH.containsKey(form.getKey())) {
                neverSent.add(form.getKey() + " (" + form.getValue() + ")");
            }
        }
        System.out.println("[journey] " + journey + ": forms submitted " + sent + " / " + forms.size() + " of its templates ("
                + NOT_IN_A_MONTH.keySet().stream().filter(share).count() + " excluded with a reason); " + JourneyBrowser.summary());
        assertEquals(List.of(), neverSent, "forms of " + journey + "'s templates it never sent");
        assertEquals(List.of(), sentButExcluded, "forms the journey now sends: take them off the exclusions");
    }

    /** Each form of the templates, "Dir/file.html#n", with what it sends: "POST /tournees/\d+/etat". */
    static Map<String, String> forms() throws IOException {
        Map<String, String> forms = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String key = TEMPLATES.relativize(file).toString().replace('\\', '/');
                Matcher form = FORM.matcher(QUTE_COMMENT.matcher(Files.readString(file)).replaceAll(""));
                int n = 0;
                while (form.find()) {
                    n++;
                    String tag = form.group();
                    Matcher method = METHOD.matcher(tag);
                    Matcher action = ACTION.matcher(tag);
                    String id = key + "#" + n;
                    String verb = method.find() ? method.group(1).toUpperCase() : "GET";
                    String target = COMPUTED_ACTIONS.getOrDefault(id, action.find() ? pattern(action.group(1)) : null);
                    forms.put(id, verb + " " + (target == null ? "(no action: add it to COMPUTED_ACTIONS)" : target));
                }
            }
        }
        return forms;
    }

    /** "/tournees/{round.id}/saisie" → "/tournees/[^/]+/saisie"; Qute sections make the address computed. */
    private static String pattern(String action) {
        if (action.startsWith("{") && action.endsWith("}") || action.contains("{#")) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        String[] parts = action.split("\\{[^}]*}", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("[^/?]+");
            }
            if (!parts[i].isEmpty()) {
                regex.append(Pattern.quote(parts[i]));
            }
        }
        return regex.toString();
    }
}
