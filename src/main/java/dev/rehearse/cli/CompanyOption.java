package dev.rehearse.cli;

import dev.rehearse.service.UnknownCompanyException;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --company SLUG}, on every command that works for one company. Each command words what the company is for in
 * its help (the tie, the plan, the history): the root command's resource bundle holds that wording under the
 * command's own name, and the text below is what any other command shows.
 */
public final class CompanyOption {

    @Option(names = "--company", paramLabel = "SLUG", descriptionKey = "company",
            description = "The company (a folder under companies/); the default company otherwise.")
    String company;

    /** The slug or name given, or null for the default company. */
    String company() {
        return company;
    }

    /** What the command does for the company; one the knowledge folder lacks is the command line's error, exit 2. */
    <T> T run(Function<String, T> work) {
        try {
            return work.apply(company);
        } catch (UnknownCompanyException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
