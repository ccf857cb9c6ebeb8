package dev.rehearse.coach.tie;

import dev.rehearse.coach.report.Ownership;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.coach.text.Sentence;
import dev.rehearse.coach.text.Terms;
import dev.rehearse.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the draft says the candidate did: its first-person sentences, or the "we" sentences when it has
 * none. A draft with neither (a pure opinion) has no actions, and then nothing to bridge from.
 */
public final class ActionSentences {

    /** "I" or "we" opening a clause: at the start, after a comma, colon or a connective ("so I", "when we"). */
    private static final Pattern SUBJECT = Pattern.compile(
            "(?:^|[,;:—–]\\s*|\\b(?:[Ss]o|[Aa]nd|[Tt]hen|[Bb]ut|[Ww]hen|[Bb]ecause|[Ii]nstead|[Ll]ater|[Ff]irst|[Aa]fter that|[Oo]nce|[Ss]ince)\\s+)((?:I|[Ww]e)\\b(?!'))");
    /** "I think", "I'd love", "we were using it": opinions and states, nothing the candidate did. */
    private static final Pattern NOT_AN_ACTION = Pattern.compile("(?i)(?:I|we)\\s+(?:really\\s+|just\\s+|also\\s+)?"
            + "(?:think|thought|agree|like|love|remember|guess|believe|feel|felt|know|knew|mean|hope|want|wanted|would|could"
            + "|might|may|am|was|were|heard|get|enjoy|use|guess|suppose|see|saw|is|are|have been|had been|had|tend|try|read that)\\b");
    /** How many sentences after an action sentence still describe that action. */
    private static final int FOLLOWING = 2;
    private static final Pattern WE = Pattern.compile("\\b[Ww]e\\b");
    private static final int MAX_CLAUSE_WORDS = 18;
    /** Where a long sentence can be cut and still read as a whole clause. */
    private static final Pattern CUT = Pattern.compile("[,;:—–(]| - | and | so | because | which | but | while ");

    private ActionSentences() {
    }

    public static List<ActionSentence> of(DraftText draft, Ownership ownership, Set<String> common, TieConcepts concepts) {
        List<Sentence> chosen = new ArrayList<>();
        for (Sentence s : draft.sentences()) {
            if (ownership.firstPersonSentences().contains("sentence-" + s.index())) {
                chosen.add(s);
            }
        }
        if (chosen.isEmpty()) {
            draft.sentences().stream().filter(s -> WE.matcher(s.text()).find()).forEach(chosen::add);
        }
        List<ActionSentence> out = new ArrayList<>();
        List<Sentence> all = draft.sentences();
        for (Sentence s : chosen) {
            String clause = clause(s.text());
            if (clause.isEmpty()) {
                continue;
            }
            // what the candidate did is often spelled out in the sentences after it ("The key decision
            // was…", "That simplified retries"): they count for the match, the spoken clause stays theirs
            StringBuilder window = new StringBuilder(s.text());
            for (int i = s.index() + 1; i < all.size() && i <= s.index() + FOLLOWING; i++) {
                if (chosen.contains(all.get(i))) {
                    break;
                }
                window.append(' ').append(all.get(i).text());
            }
            out.add(new ActionSentence(s.text(), clause, Terms.content(s.text(), common), concepts.of(s.text()),
                    Terms.content(window.toString(), common), concepts.of(window.toString())));
        }
        return out;
    }

    /** The sentence from its subject on, cut at a clause boundary when it is too long to say in one breath. */
    static String clause(String sentence) {
        Matcher m = SUBJECT.matcher(sentence);
        if (!m.find()) {
            return "";
        }
        String rest = sentence.substring(m.start(1)).strip().replaceAll("[.!?…]+$", "");
        if (NOT_AN_ACTION.matcher(rest).lookingAt()) {
            return "";
        }
        if (rest.startsWith("We")) {
            rest = "we" + rest.substring(2);
        }
        if (Words.count(rest) > MAX_CLAUSE_WORDS) {
            Matcher cut = CUT.matcher(rest);
            while (cut.find()) {
                int words = Words.count(rest.substring(0, cut.start()));
                if (words >= 4 && words <= MAX_CLAUSE_WORDS) {
                    return rest.substring(0, cut.start()).strip();
                }
            }
            return "";
        }
        return rest;
    }
}
