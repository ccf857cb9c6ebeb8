package dev.rehearse.coach.report;

import java.util.List;

/**
 * What makes the answer concrete, and what makes it vague.
 *
 * @param numbers       every number, with its unit
 * @param changes       before → after pairs and relative changes
 * @param names         every mention of a named system, tool, organisation or term
 * @param distinctNames the names mentioned, each once, in order of first mention
 * @param reasoning     alternatives weighed and constraints named
 * @param vague         vague words and phrases
 */
public record Evidence(List<NumberFinding> numbers, List<ChangeFinding> changes, List<NameFinding> names,
                       List<String> distinctNames, List<PhraseFinding> reasoning, List<PhraseFinding> vague) {

    public Evidence {
        numbers = List.copyOf(numbers);
        changes = List.copyOf(changes);
        names = List.copyOf(names);
        distinctNames = List.copyOf(distinctNames);
        reasoning = List.copyOf(reasoning);
        vague = List.copyOf(vague);
    }

    public List<NumberFinding> quantities() {
        return numbers.stream().filter(NumberFinding::quantity).toList();
    }
}
