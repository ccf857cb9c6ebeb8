package dev.rehearse.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package layout the house style describes: text → knowledge → search → coach → llm → practice → service →
 * http/cli, arrows pointing one way. {@code dev.rehearse} itself is the composition root, which builds the object
 * graph and so may use every package; every other package, subpackages included, sits in no cycle.
 */
@AnalyzeClasses(packages = "dev.rehearse", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {
        "dev.rehearse.text..", "dev.rehearse.knowledge..", "dev.rehearse.search..", "dev.rehearse.coach..",
        "dev.rehearse.llm..", "dev.rehearse.practice.."
    };

    private static final DescribedPredicate<JavaClass> COMPOSITION_ROOT =
            DescribedPredicate.describe("the composition root dev.rehearse", c -> c.getPackageName().equals("dev.rehearse"));

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices().matching("dev.rehearse.(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(COMPOSITION_ROOT, DescribedPredicate.alwaysTrue())
            .ignoreDependency(DescribedPredicate.alwaysTrue(), COMPOSITION_ROOT);

    @ArchTest
    static final ArchRule domain_packages_do_not_use_the_adapters = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("dev.rehearse.http..", "dev.rehearse.cli..")
            .because("the HTTP server and the CLI are thin adapters over the domain, never the other way round");

    @ArchTest
    static final ArchRule cli_does_not_use_http = noClasses().that().resideInAPackage("dev.rehearse.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.rehearse.http..")
            .because("the two adapters share the service layer, not each other");
}
