package dev.rehearse.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layout the house style describes: text → knowledge → search → coach → llm → practice → service →
 * http/cli, arrows pointing one way. {@code dev.rehearse} itself is the composition root, which builds the object
 * graph and so may use every package; every other package, subpackages included, sits in no cycle.
 */
class ArchitectureTest {

    private static final String[] DOMAIN = {
        "dev.rehearse.text..", "dev.rehearse.knowledge..", "dev.rehearse.search..", "dev.rehearse.coach..",
        "dev.rehearse.llm..", "dev.rehearse.practice..", "dev.rehearse.mock..", "dev.rehearse.plan.."
    };

    private static final DescribedPredicate<JavaClass> COMPOSITION_ROOT =
            DescribedPredicate.describe("the composition root dev.rehearse", c -> c.getPackageName().equals("dev.rehearse"));

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.rehearse");
    }

    @Test
    void should_have_no_cycle_between_packages_when_the_composition_root_is_left_out() {
        // given
        ArchRule rule = slices().matching("dev.rehearse.(**)")
                .should().beFreeOfCycles()
                .ignoreDependency(COMPOSITION_ROOT, DescribedPredicate.alwaysTrue())
                .ignoreDependency(DescribedPredicate.alwaysTrue(), COMPOSITION_ROOT);

        // when / then
        rule.check(main);
    }

    @Test
    void should_keep_the_domain_packages_free_of_http_and_cli() {
        // given
        ArchRule rule = noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("dev.rehearse.http..", "dev.rehearse.cli..")
                .because("the HTTP server and the CLI are thin adapters over the domain, never the other way round");

        // when / then
        rule.check(main);
    }

    @Test
    void should_keep_the_cli_free_of_http() {
        // given
        ArchRule rule = noClasses().that().resideInAPackage("dev.rehearse.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.rehearse.http..")
                .because("the two adapters share the service layer, not each other");

        // when / then
        rule.check(main);
    }
}
