package dev.rehearse.coach;

import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.NumberCheck;
import dev.rehearse.coach.report.NumberCheck.Support;
import dev.rehearse.coach.report.NumberFinding;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.coach.text.Sentence;
import dev.rehearse.coach.text.Span;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.knowledge.PassageRef;
import dev.rehearse.text.ClaimVoice;
import dev.rehearse.text.NumberClaim;
import dev.rehearse.text.NumberMention;
import dev.rehearse.text.Sentences;
import dev.rehearse.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The draft's own numbers against what the knowledge states. A number is backed only by the same claim in the
 * candidate's notes: the same value and unit about the same subject, as {@link NumberClaim} defines it for the
 * invention guard too. The company research never backs the candidate's result: a research figure the draft claims
 * is the company's, not the candidate's. One per knowledge snapshot, on its vocabulary. The knowledge's claims are read
 * on first use, once: the vocabulary is also built at start-up for the spelling check, which needs none of them.
 * Thread-safe.
 */
final class NotesNumbers {

    /** Longest line quoted back to the candidate. */
    private static final int MAX_QUOTE = 200;
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** Numbers checked at most: a spoken answer holds far fewer, and a pasted table is not one. */
    private static final int MAX_CHECKED = 60;
    /** Text read either side of a number for its claim: well beyond the six subject words a claim looks at. */
    private static final int WINDOW_CHARS = 200;
    private static final Pattern CLAUSE = Pattern.compile("[,;:()–—]");

    /** A claim the knowledge states, with whether its sentence plans, and the file line that states it. */
    private record Stated(NumberClaim claim, boolean plan, Passage passage, int line, String quote) {
    }

    /** A number of the draft, or both ends of a range ("3–5 days"), with its claims. */
    private record Unit(int start, int end, List<NumberClaim> claims) {
    }

    /** What the candidate's notes and the company research state. */
    private record Claims(List<Stated> notes, List<Stated> research) {
    }

    private final KnowledgeBase knowledge;
    private volatile Claims claims;

    private NotesNumbers(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** Knowledge with no figures in it: every number of a draft is unbacked, and nothing is held against it. */
    static NotesNumbers none() {
        return new NotesNumbers(KnowledgeBase.empty());
    }

    /** Whether the candidate's notes state any figure at all, so that a draft's figures can be checked against them. */
    boolean hasNotes() {
        return !claims().notes().isEmpty();
    }

    static NotesNumbers of(KnowledgeBase kb) {
        return new NotesNumbers(kb);
    }

    private Claims claims() {
        Claims c = claims;
        if (c == null) {
            synchronized (this) {
                c = claims;
                if (c == null) {
                    c = read(knowledge);
                    claims = c;
                }
            }
        }
        return c;
    }

    private static Claims read(KnowledgeBase kb) {
        List<Stated> notes = new ArrayList<>();
        List<Stated> research = new ArrayList<>();
        for (Passage p : kb.passages()) {
            String[] lines = kb.file(p.source()).map(f -> f.file().text()).orElse("").split("\n", -1);
            // the body before its title: "TheyDo reserves 70% of the engineering week …" says more than its heading
            for (String text : List.of(p.text(), p.title())) {
                for (Sentences.Bounds b : Sentences.split(text, Set.of())) {
                    String sentence = text.substring(b.start(), b.end());
                    boolean plan = ClaimVoice.hypothetical(sentence);
                    for (NumberClaim c : NumberClaim.findAll(sentence)) {
                        (p.kind() == PassageKind.RESEARCH ? research : notes).add(located(c, plan, p, lines, sentence));
                    }
                }
            }
        }
        return new Claims(List.copyOf(notes), List.copyOf(research));
    }

    /**
     * The claim with the file line that holds its number: a passage's text joins the lines of a paragraph, so the
     * line is found again in the file. Of the lines with the same number (a heading and the fact under it), the one
     * sharing most words with the claim's sentence; the passage's first line when the number was broken across two.
     */
    private static Stated located(NumberClaim c, boolean plan, Passage p, String[] lines, String sentence) {
        Pattern number = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(c.mention().text()).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q")
                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Set<String> words = words(sentence);
        int best = -1;
        long bestShared = -1;
        for (int line = p.startLine(); line <= Math.min(p.endLine(), lines.length); line++) {
            if (number.matcher(lines[line - 1]).find()) {
                long shared = words(lines[line - 1]).stream().filter(words::contains).count();
                if (shared > bestShared) {
                    best = line;
                    bestShared = shared;
                }
            }
        }
        return best < 0 ? new Stated(c, plan, p, p.startLine(), clip(sentence)) : new Stated(c, plan, p, best, clip(lines[best - 1]));
    }

    private static Set<String> words(String text) {
        return Words.of(text).stream().map(w -> w.text().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /**
     * One check per number of the draft as the coach reads it ({@code numbers}, with pasted markup already left
     * out), a range checked as one, years left out (they date a story and claim nothing).
     *
     * @param company the company's name, for "this is TheyDo's figure, not yours"; "" when unknown
     */
    List<NumberCheck> check(DraftText draft, List<NumberFinding> numbers, String company) {
        String view = draft.view();
        List<NumberCheck> out = new ArrayList<>();
        for (Unit u : units(view, numbers)) {
            Sentence sentence = draft.sentenceAt(u.start);
            String before = view.substring(Math.min(sentence.start(), u.start), u.start);
            String id = FindingKind.NUMBER_CHECK.wireName() + "-" + (out.size() + 1);
            out.add(check(id, draft.span(u.start, u.end), u.claims, sentence.text(), CLAUSE.split(before, -1), company));
        }
        return out;
    }

    /**
     * @param clause the words of the number's clause before it: "I" there claims the figure ("so I cut errors by
     *               90%"), while "TheyDo reserves 70% …, which suits how I work" says the company's figure
     */
    private NumberCheck check(String id, Span span, List<NumberClaim> claims, String sentence, String[] clause, String company) {
        boolean plan = ClaimVoice.hypothetical(sentence);
        Claims stated = claims();
        Stated note = backing(claims, stated.notes(), plan);
        if (note != null) {
            return found(id, span, Support.IN_NOTES, "In your notes: \"" + note.quote + "\" (" + citation(note) + ").", note);
        }
        boolean namesCompany = !company.isBlank() && sentence.toLowerCase(Locale.ROOT).contains(company.toLowerCase(Locale.ROOT));
        // a bare count shares too little with a research line to say whose it is: "two nights" of a failed export is
        // not the "SOC 2" of a list of open questions, though both sentences speak of data
        boolean attributable = namesCompany || claims.stream().allMatch(NotesNumbers::specific);
        Stated fact = attributable ? backing(claims, stated.research(), plan) : null;
        String whose = company.isBlank() ? "the company" : company;
        if (fact == null) {
            return new NumberCheck(id, FindingKind.NUMBER_CHECK, span, Support.NOT_IN_NOTES,
                    "Not in your notes: be ready to back it.", null, "", "");
        }
        boolean ownResult = ClaimVoice.firstPerson(clause[clause.length - 1]) && !plan;
        // a figure the draft neither gives to the company nor imagines for the job stands as the candidate's
        if (ownResult || !(namesCompany || plan)) {
            return found(id, span, Support.COMPANY_FIGURE, "This is " + whose + "'s figure, not yours: \"" + fact.quote + "\" ("
                    + citation(fact) + "). Claim only what your notes back.", fact);
        }
        String sentenceStart = Character.toUpperCase(whose.charAt(0)) + whose.substring(1);
        return found(id, span, Support.COMPANY_FACT, sentenceStart + "'s figure, from your research: \"" + fact.quote + "\" ("
                + citation(fact) + ").", fact);
    }

    /** A percentage, a multiple, money or a span of time: a figure with more to it than a bare count. */
    private static boolean specific(NumberClaim c) {
        return c.mention().unit() != NumberMention.Unit.PLAIN || !c.timeUnit().isEmpty();
    }

    /**
     * What backs the number, or null when some claim of it (one end of a range) is backed nowhere: for its first
     * claim, the stated claim sharing most subject words with it ("TheyDo reserves 70% of the engineering week" over
     * the heading "Aligned autonomy and 70% focus time"), the first of equals.
     */
    private static Stated backing(List<NumberClaim> claims, List<Stated> stated, boolean plan) {
        Stated first = null;
        for (NumberClaim c : claims) {
            Stated best = null;
            long bestShared = -1;
            for (Stated s : stated) {
                long shared = c.context().stream().filter(s.claim.context()::contains).count();
                if (shared > bestShared && c.supportedBy(s.claim, s.plan && plan)) {
                    best = s;
                    bestShared = shared;
                }
            }
            if (best == null) {
                return null;
            }
            first = first == null ? best : first;
        }
        return first;
    }

    private static NumberCheck found(String id, Span span, Support support, String message, Stated s) {
        return new NumberCheck(id, FindingKind.NUMBER_CHECK, span, support, message, PassageRef.of(s.passage), citation(s), s.quote);
    }

    private static String citation(Stated s) {
        return PassageRef.citation(s.passage.source(), s.line, s.line);
    }

    /**
     * The draft's numbers grouped into what is checked: each number with the claims that start inside it, the two
     * ends of a range together, the first end measured in the second's time unit ("3–5 days").
     */
    private static List<Unit> units(String view, List<NumberFinding> numbers) {
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < numbers.size() && out.size() < MAX_CHECKED; i++) {
            NumberFinding n = numbers.get(i);
            if (n.unit().isEmpty() && YEAR.matcher(n.value()).matches()) {
                continue;
            }
            int start = n.span().start();
            int end = n.span().end();
            // as the coach reads ranges: a bare first number followed by a range word ("40 to 2 failures", "3–5 days")
            boolean bare = n.span().text().strip().equals(n.value());
            if (bare && i + 1 < numbers.size()
                    && NumberExtractor.isRange(view.substring(end, Math.max(end, numbers.get(i + 1).span().start())))) {
                end = numbers.get(++i).span().end();
            }
            // the claims read from the text around the number only: reading a claim scans the words near every number
            // of the text it is given, and a pasted column of 10,000 numbers would take minutes
            int from = Math.max(0, start - WINDOW_CHARS);
            List<NumberClaim> inside = new ArrayList<>();
            for (NumberClaim c : NumberClaim.findAll(view.substring(from, Math.min(view.length(), end + WINDOW_CHARS)))) {
                if (c.mention().start() + from >= start && c.mention().start() + from < end) {
                    inside.add(c);
                }
            }
            if (!inside.isEmpty()) {
                out.add(new Unit(start, end, lendTimeUnit(inside)));
            }
        }
        return out;
    }

    private static List<NumberClaim> lendTimeUnit(List<NumberClaim> claims) {
        String unit = claims.get(claims.size() - 1).timeUnit();
        List<NumberClaim> out = new ArrayList<>();
        for (NumberClaim c : claims) {
            out.add(c.timeUnit().isEmpty() && !unit.isEmpty() ? new NumberClaim(c.mention(), unit, c.context()) : c);
        }
        return out;
    }

    private static String clip(String line) {
        String one = line.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX_QUOTE ? one : one.substring(0, MAX_QUOTE - 1) + "…";
    }
}
