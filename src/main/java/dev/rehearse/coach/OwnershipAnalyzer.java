package dev.rehearse.coach;

import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.Ownership;
import dev.rehearse.coach.report.PhraseFinding;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.text.Sentence;
import dev.rehearse.coach.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Ownership in a draft: "I" against "we", sentences that hide the candidate's part, passive voice. */
final class OwnershipAnalyzer {

    /** Types whose answers are about what the candidate did, so an unclear "we" costs credibility. */
    static final Set<QuestionType> OWN_ACTION_TYPES =
            Set.of(QuestionType.BEHAVIOURAL, QuestionType.WORKING_STYLE, QuestionType.SELF_INTRODUCTION,
                    QuestionType.MISTAKE, QuestionType.CONFLICT);

    private static final Set<String> BETWEEN = Set.of("not", "also", "then", "already", "being", "been", "just", "all", "never", "often", "usually", "always");

    Ownership analyze(AnalysisContext ctx) {
        CoachRules rules = ctx.rules;
        int singular = 0;
        int plural = 0;
        for (Token t : ctx.draft.tokens()) {
            if (isAllCaps(t.text()) && t.text().length() > 1) {
                // "US" is a country, not "us"
                continue;
            }
            if (rules.firstSingular.contains(t.lower())) {
                singular++;
            } else if (rules.firstPlural.contains(t.lower())) {
                plural++;
            }
        }
        List<PhraseFinding> passive = new ArrayList<>();
        List<int[]> passiveSpans = passives(ctx);
        for (int[] p : passiveSpans) {
            var span = ctx.span(p[0], p[1]);
            passive.add(new PhraseFinding(ctx.ids.next(FindingKind.PASSIVE), FindingKind.PASSIVE, span,
                    p[2] == 1 ? "Passive, though the doer is named: \"" + span.text() + "\"." : "Passive: \"" + span.text() + "\" does not say who did it.",
                    p[2] == 1 ? "Say it actively: \"I …\"." : "Say who did it: \"I …\" for your part."));
        }
        List<String> firstPerson = new ArrayList<>();
        for (Sentence s : ctx.draft.sentences()) {
            if (ctx.draft.tokensOf(s).stream().anyMatch(t -> rules.firstSingular.contains(t.lower()) && !isAllCaps(t.text()) || t.text().equals("I"))) {
                firstPerson.add("sentence-" + s.index());
            }
        }
        List<PhraseFinding> unclear = new ArrayList<>();
        if (OWN_ACTION_TYPES.contains(ctx.profile.type())) {
            for (Sentence s : ctx.draft.sentences()) {
                boolean hasI = ctx.draft.tokensOf(s).stream().anyMatch(t -> rules.firstSingular.contains(t.lower()));
                if (hasI) {
                    continue;
                }
                boolean collective = rules.collectiveSubjects.anyIn(ctx.text(), s.start(), s.end());
                boolean agentless = passiveSpans.stream().anyMatch(p -> p[2] == 0 && p[0] >= s.start() && p[1] <= s.end());
                if (collective || agentless) {
                    unclear.add(new PhraseFinding(ctx.ids.next(FindingKind.UNCLEAR_OWNERSHIP), FindingKind.UNCLEAR_OWNERSHIP, s.span(),
                            collective ? "Whose action is this? \"We\" or \"the team\" hides what you did."
                                    : "Who did this? The passive hides the doer.",
                            "Say what you did: \"I …\"; credit the team for the rest."));
                }
            }
        }
        return new Ownership(singular, plural, firstPerson, unclear, passive);
    }

    /** [start, end, agentNamed] of each "be + (adverb) + participle". */
    private static List<int[]> passives(AnalysisContext ctx) {
        CoachRules rules = ctx.rules;
        List<int[]> out = new ArrayList<>();
        List<Token> tokens = ctx.draft.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!rules.beForms.contains(tokens.get(i).lower())) {
                continue;
            }
            // "I was asked to …", "I was brought in …": the candidate is the subject, so nothing hides who acted
            if (i > 0 && tokens.get(i - 1).sentence() == tokens.get(i).sentence() && rules.firstSingular.contains(tokens.get(i - 1).lower())) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && j <= i + 2 && tokens.get(j).sentence() == tokens.get(i).sentence()
                    && (tokens.get(j).lower().endsWith("ly") || BETWEEN.contains(tokens.get(j).lower()))) {
                j++;
            }
            if (j >= tokens.size() || tokens.get(j).sentence() != tokens.get(i).sentence()) {
                continue;
            }
            String w = tokens.get(j).lower();
            boolean participle = (w.length() > 4 && w.endsWith("ed") || rules.irregularParticiples.contains(w)) && !rules.notPassive.contains(w);
            if (!participle || !onlySpacesBetween(ctx.text(), tokens, i, j)) {
                continue;
            }
            boolean agent = false;
            for (int k = j + 1; k < Math.min(tokens.size(), j + 7) && tokens.get(k).sentence() == tokens.get(i).sentence(); k++) {
                if (tokens.get(k).lower().equals("by") && k + 1 < tokens.size()
                        && rules.firstSingular.contains(tokens.get(k + 1).lower())) {
                    agent = true;
                    break;
                }
            }
            out.add(new int[] {tokens.get(i).start(), tokens.get(j).end(), agent ? 1 : 0});
            i = j;
        }
        return out;
    }

    private static boolean onlySpacesBetween(String text, List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!text.substring(tokens.get(k).end(), tokens.get(k + 1).start()).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCaps(String w) {
        return w.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }
}
