package org.paniercommun;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code (issue 26): the feature packages form layers with no cycle between them, and the rule classes
 * (the money, quantity and calendar rules a newcomer tests without starting Quarkus) hold no framework.
 *
 * <p>Layers, from the bottom: {@code kernel} (money, quantities, dates, the time zone, domain errors, texts) and
 * {@code pricing} (tier pricing, case rounding); {@code csv}, {@code print} (the PDF kit); {@code web} (HTTP only); {@code account} (roles,
 * accounts, sessions), {@code audit}, {@code cluster}; {@code access}, {@code mail}; {@code organisation};
 * {@code catalogue}, {@code household}, {@code fund}; {@code round}; {@code ordering}; {@code closing};
 * {@code distribution}, {@code demo}; {@code stock}, {@code purchaseorder}; {@code settlement}; {@code report};
 * {@code home}, {@code accountadmin}, {@code basket} (README, Architecture). A package may use the ones below it
 * only: the cycle check below says so.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    /** Rule classes named one by one; besides them, every class of kernel and pricing, and every {@code *Rules}. */
    private static final Set<String> RULE_CLASSES = Set.of(
            "org.paniercommun.basket.ShareSplit",
            "org.paniercommun.basket.BasketCalendar",
            "org.paniercommun.basket.MissedRule",
            "org.paniercommun.settlement.RoundBooks",
            "org.paniercommun.settlement.YearBooks",
            "org.paniercommun.account.PasswordPolicy",
            "org.paniercommun.account.SignInDelays",
            "org.paniercommun.catalogue.CostPrice",
            "org.paniercommun.ordering.OrderFigures",
            "org.paniercommun.ordering.QuickChoices",
            "org.paniercommun.ordering.LastOrderRefill",
            "org.paniercommun.report.RoundSimulation",
            "org.paniercommun.report.Shares",
            "org.paniercommun.report.ReportPeriod",
            "org.paniercommun.report.FunderReport");

    /**
     * The kernel's text lookup reads the request's language and Qute's message bundles: it is the edge where codes
     * become words, so it is the one part of the kernel allowed to use Quarkus.
     */
    private static final Set<String> TEXT_LOOKUP = Set.of(
            "org.paniercommun.kernel.Texts", "org.paniercommun.kernel.AppMessages");

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.paniercommun");
    }

    @Test
    void noCycleBetweenFeaturePackages() {
        slices().matching("org.paniercommun.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void ruleClassesUseNoFramework() {
        DescribedPredicate<JavaClass> rules = DescribedPredicate.describe("rule classes", c -> isRule(c));
        noClasses().that(rules).should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "io.vertx..", "io.smallrye..", "org.hibernate..", "jakarta.persistence..",
                        "jakarta.ws.rs..", "jakarta.transaction..", "org.jboss.resteasy..")
                .because("a rule class is tested with plain JUnit, without starting the application")
                .check(classes);
    }

    private static boolean isRule(JavaClass c) {
        String top = c.getName().replaceAll("\\$.*", "");
        if (TEXT_LOOKUP.contains(top)) {
            return false;
        }
        String pkg = c.getPackageName();
        return pkg.equals("org.paniercommun.kernel") || pkg.equals("org.paniercommun.pricing")
                || top.endsWith("Rules") || RULE_CLASSES.contains(top);
    }

    @Test
    void ruleListNamesClassesThatExist() {
        for (String name : RULE_CLASSES) {
            if (!classes.contain(name)) {
                throw new AssertionError("ArchitectureTest names a rule class that does not exist: " + name);
            }
        }
    }
}
