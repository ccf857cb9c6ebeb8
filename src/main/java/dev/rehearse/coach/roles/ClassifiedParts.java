package dev.rehearse.coach.roles;

import dev.rehearse.text.LinearRegex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the classifier's roles into the parts of an answer's framework. For a STAR story the part is the most
 * probable of situation, task, action, result and reflection, nudged by where the sentence sits and by an outcome
 * stated in it; for the other frameworks the role adds to the part's cue score. Pure.
 */
public final class ClassifiedParts {

    private static final List<String> STAR_PARTS = List.of("situation", "task", "action", "result", "reflection");
    /** Roles that are no part of a story: a sentence mostly of these shows nothing. */
    private static final Set<String> NOT_STORY = Set.of("filler", "claim", "company-fact");
    /**
     * The candidate doing something, in the first person and the past, at the start of a clause: "So I went back",
     * "then I split the table". Feelings and thoughts ("I wanted", "I realised", "I was") and stock deeds ("I made
     * sure", "I focused on") are not deeds.
     */
    private static final Pattern DEED = LinearRegex.compile(
            "(?:^|[,;:]\\s*|\\b(?:[Ss]o|[Tt]hen|[Aa]nd|[Bb]ut|[Ii]nstead|[Ff]irst|[Nn]ext)\\s+)I (?:\\w+ly |then |also |first )?"
                    + "(?!(?:wanted|needed|liked|loved|seemed|assumed|realised|realized|noticed|hoped|learned|believed|worried|wondered"
                    + "|expected|preferred|enjoyed|struggled|used|tended|happened|managed|decided|tried|failed|agreed|made sure|ensured|focused"
                    + "|worked|helped|communicated|collaborated|listened|aligned|engaged|leveraged|supported|partnered|stayed)\\b)"
                    + "(?:[a-z]+ed|went|took|made|wrote|rewrote|built|rebuilt|sent|put|ran|gave|told|set|kept|found|brought|sat|drew|led"
                    + "|met|got|split|began|spent|chose|did|sought|taught|showed|shut|cut|threw|undid|redid)\\b", 0);
    /** Stories run in order, so position breaks near-ties: set-up early, result late. */
    private static final double POSITION_NUDGE = 0.1;
    /** An outcome pattern ("went to none") is strong evidence of a result the classifier may be unsure of. */
    private static final double OUTCOME_NUDGE = 0.4;
    /** A lesson is often tacked onto the result sentence: it shows too from this probability on. */
    private static final double REFLECTION_ALSO = 0.3;
    /** How much a certain role adds to a part's cue score in the non-STAR frameworks (a part shows from 3). */
    private static final double BOOST = 4.0;
    /** framework.part → the roles that show it. */
    private static final Map<String, List<String>> PART_ROLES = Map.of(
            "claim-principles-example.claim", List.of("claim"),
            "claim-principles-example.example", List.of("example", "action", "result"),
            // a plan or a habit told in plain sentences ("I'd read the systems before the docs") is the approach
            "approach-example-outcome.approach", List.of("action"),
            "approach-example-outcome.example", List.of("example", "action"),
            "approach-example-outcome.outcome", List.of("result"),
            "company-personal-fit.company", List.of("company-fact"),
            "current-next-tie.tie", List.of("company-fact"),
            "present-past-future.past", List.of("action", "result"));

    private ClassifiedParts() {
    }

    /**
     * The STAR part of sentence {@code index} of {@code count}: one part, a part and "reflection", or none.
     *
     * @param outcome whether the sentence states an outcome (a before → after change, a problem that stopped)
     * @param deed    whether the sentence tells what the candidate did ({@link #deed})
     */
    public static List<String> star(RolePrediction role, int index, int count, boolean outcome, boolean deed) {
        double position = count <= 1 ? 0 : (double) index / (count - 1);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String part : STAR_PARTS) {
            scores.put(part, role.score(part));
        }
        if (position <= 0.3) {
            scores.merge("situation", POSITION_NUDGE, Double::sum);
        }
        if (position >= 0.6) {
            scores.merge("result", POSITION_NUDGE, Double::sum);
        }
        if (outcome) {
            scores.merge("result", OUTCOME_NUDGE, Double::sum);
        }
        String best = STAR_PARTS.get(0);
        for (String part : STAR_PARTS) {
            if (scores.get(part) > scores.get(best)) {
                best = part;
            }
        }
        // a sentence past the first that says what the candidate did ("So I went back and offered two tables") is an
        // action, not more set-up, whatever the classifier leans to: a plain story tells its turn in words the
        // labelled sentences often file under the situation
        if (deed && index > 0 && (best.equals("situation") || best.equals("task"))) {
            best = "action";
        }
        if (NOT_STORY.contains(role.role()) && role.score(role.role()) > scores.get(best)) {
            return List.of();
        }
        // "I built to that grain, and the spreadsheet was retired a month later": the action and what came of it
        // share one sentence, so a stated outcome shows the result too when the action reads stronger
        if (outcome && best.equals("action")) {
            return List.of(best, "result");
        }
        if (!best.equals("reflection") && role.score("reflection") >= REFLECTION_ALSO) {
            return List.of(best, "reflection");
        }
        return List.of(best);
    }

    /** Whether the sentence tells, in the first person and the past, what the candidate did ("I went back"). */
    public static boolean deed(String sentence) {
        return DEED.matcher(sentence).find();
    }

    /** What the sentence's roles add to a non-STAR part's cue score. */
    public static double boost(String framework, String part, RolePrediction role) {
        List<String> roles = PART_ROLES.get(framework + "." + part);
        if (roles == null) {
            return 0;
        }
        double p = 0;
        for (String r : roles) {
            p += role.score(r);
        }
        return BOOST * Math.min(1.0, p);
    }
}
