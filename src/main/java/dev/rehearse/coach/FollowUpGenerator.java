package dev.rehearse.coach;

import dev.rehearse.coach.followup.CompanyFacts;
import dev.rehearse.coach.followup.ForeignWords;
import dev.rehearse.coach.followup.ProbeBank;
import dev.rehearse.coach.followup.QuestionMatch;
import dev.rehearse.coach.followup.Quote;
import dev.rehearse.coach.followup.TypoTolerance;
import dev.rehearse.coach.report.ChangeFinding;
import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.Finding;
import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.FollowUp;
import dev.rehearse.coach.report.Gap;
import dev.rehearse.coach.report.NameFinding;
import dev.rehearse.coach.report.PhraseFinding;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.report.SentenceRole;
import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.coach.text.Terms;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.knowledge.PassageRef;
import dev.rehearse.search.SearchHit;
import dev.rehearse.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The questions an interviewer is likely to ask next. Most come from what the draft itself says: its
 * claims (a change, a number, a decision, a trade-off) and the domain topics it touches (the probe bank),
 * each quoting the draft. Others come from the notes (what the interviewer said they need, the trade-off
 * the notes name) and from the pattern bank of the question type. Ranked, three to six, one per topic.
 */
final class FollowUpGenerator {

    static final int MAX = 6;
    static final int MIN = 3;
    /** Questions that quote nothing of the draft are kept to this many when enough specific ones exist. */
    private static final int MAX_GENERAL = 1;
    private static final int MAX_PROBES = 3;
    private static final double NEAR_DUPLICATE = 0.5;
    private static final String EXAMPLE_TOPIC = "example";
    private static final String SETBACK_TOPIC = "setback";
    private static final String HEADLINE = "{headline}";
    /** Topics whose answer lives in the company research rather than in the candidate's own stories. */
    private static final Set<String> RESEARCH_TOPICS = Set.of("company", "first-months", "why-ask");
    /** Distinct setback words that make an answer one about what went wrong. */
    private static final int SETBACK_WORDS = 2;
    /** Words a follow-up must share beyond the top passage's for another passage to be chosen. */
    private static final double TOP_HIT_HEAD_START = 2.0;
    private static final Set<String> TRADE_OFF_WORDS = Set.of("trade-off", "tradeoff", "trade off", "the downside", "at the cost of", "the cost was");

    /** A line of the pattern bank. */
    record Pattern(String condition, String topic, String question, String why) {
    }

    /** A question before ranking; {@code specific} when it quotes or names something of the draft. */
    private record Candidate(double priority, int order, String topic, String question, String why, String origin,
                             List<String> basedOn, String focus, boolean specific, PassageRef from) {
    }

    private final Map<String, List<Pattern>> byType = new LinkedHashMap<>();
    private final Map<String, Pattern> claims = new LinkedHashMap<>();
    private final Map<String, Pattern> company = new LinkedHashMap<>();
    private final Map<String, Pattern> fromNotes = new LinkedHashMap<>();
    private final PhraseMatcher setbackWords;
    private final PhraseMatcher decisionWords;
    private final ProbeBank bundledProbes = ProbeBank.bundled();
    private final QuestionMatch sameQuestion;

    FollowUpGenerator() {
        this(RuleFile.load("follow-up-patterns.txt"));
    }

    /** A generator on another pattern bank in the same format (tests use one with near-duplicate wording). */
    FollowUpGenerator(RuleFile f) {
        List<String> setbacks = List.of();
        List<String> decisions = List.of();
        for (String section : f.sections()) {
            switch (section) {
                case "about-setbacks" -> setbacks = f.lines(section);
                case "decision-words" -> decisions = f.lines(section);
                case "claims" -> patterns(f, section).forEach(p -> claims.put(p.condition(), p));
                case "company" -> patterns(f, section).forEach(p -> company.put(p.condition(), p));
                case "from-notes" -> patterns(f, section).forEach(p -> fromNotes.put(p.condition(), p));
                default -> byType.put(section, patterns(f, section));
            }
        }
        setbackWords = PhraseMatcher.ignoringCase(setbacks.stream().sorted(PhraseMatcher.longestFirst()).toList());
        decisionWords = PhraseMatcher.ignoringCase(decisions.stream().sorted(PhraseMatcher.longestFirst()).toList());
        sameQuestion = new QuestionMatch(CoachRules.shared().questionScaffolding, Set.of());
    }

    private static List<Pattern> patterns(RuleFile f, String section) {
        List<Pattern> patterns = new ArrayList<>();
        for (String line : f.lines(section)) {
            String[] parts = line.split("\\s*\\|\\s*");
            if (parts.length != 4) {
                throw new IllegalStateException(f.name() + " [" + section + "]: expected 4 fields, got " + line);
            }
            patterns.add(new Pattern(parts[0], parts[1], parts[2], parts[3]));
        }
        return patterns;
    }

    List<FollowUp> generate(DraftAnalysis a, CompanyTie tie, List<SearchHit> notes, Set<String> common) {
        return generate(a, tie, notes, common, null);
    }

    List<FollowUp> generate(DraftAnalysis a, CompanyTie tie, List<SearchHit> notes, Set<String> common, String storyPassageId) {
        String draft = a.structure().sentences().stream().map(s -> s.span().text()).collect(Collectors.joining(" "));
        return generate(new FollowUpInput(a, draft, tie, notes, List.of(), KnowledgeBase.empty(), common, null, storyPassageId));
    }

    List<FollowUp> generate(FollowUpInput in) {
        DraftAnalysis a = in.analysis();
        List<Candidate> candidates = new ArrayList<>();
        int[] order = {0};
        boolean aboutSetbacks = aboutSetbacks(a.question().text(), in.draft());
        for (Pattern p : byType.getOrDefault(a.question().type().wireName(), List.of())) {
            List<String> basis = condition(p.condition(), a);
            if (basis == null || (aboutSetbacks && SETBACK_TOPIC.equals(p.topic()))) {
                continue;
            }
            boolean always = p.condition().equals("always");
            String question = withHeadline(p.question(), in.draft());
            candidates.add(new Candidate(always ? 1.0 : 3.0, order[0]++, p.topic(), question, p.why(),
                    always ? "pattern" : "gap", basis, "", !question.equals(p.question()) && question.contains("\""), null));
        }
        // all of the research, not only what was retrieved: a connector named anywhere in it is the company's, not the candidate's
        List<String> research = new ArrayList<>(in.research().stream().map(h -> h.passage().text()).toList());
        in.knowledge().passages().stream().filter(p -> p.kind() == PassageKind.RESEARCH).map(Passage::text).forEach(research::add);
        ForeignWords foreign = new ForeignWords(a.question().text(), research, in.tie().company());
        claims(a, in.draft(), foreign, candidates, order);
        probes(in, candidates, order);
        fromNotes(in, candidates, order);
        companyFact(in, candidates, order);
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.priority).thenComparingInt(Candidate::order));
        List<Candidate> kept = select(candidates, in.common());
        List<FollowUp> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            out.add(new FollowUp(i + 1, c.question, c.why, c.origin, c.basedOn, prepareFrom(c, in)));
        }
        return out;
    }

    /**
     * Highest first, one per topic, no two whose content words nearly repeat each other; questions that
     * quote nothing of the draft fill in only up to {@link #MAX_GENERAL} unless fewer than {@link #MIN} remain.
     */
    private static List<Candidate> select(List<Candidate> ranked, Set<String> common) {
        List<Candidate> kept = new ArrayList<>();
        List<Candidate> heldBack = new ArrayList<>();
        Set<String> topics = new HashSet<>();
        int general = 0;
        for (Candidate c : ranked) {
            if (kept.size() == MAX || topics.contains(c.topic) || nearDuplicate(kept, c, common)) {
                continue;
            }
            if (!c.specific && general == MAX_GENERAL) {
                heldBack.add(c);
                continue;
            }
            kept.add(c);
            topics.add(c.topic);
            general += c.specific ? 0 : 1;
        }
        for (Candidate c : heldBack) {
            if (kept.size() >= MIN) {
                break;
            }
            if (!topics.contains(c.topic) && !nearDuplicate(kept, c, common)) {
                kept.add(c);
                topics.add(c.topic);
            }
        }
        kept.sort(Comparator.comparingDouble((Candidate c) -> -c.priority).thenComparingInt(Candidate::order));
        return kept;
    }

    /**
     * Fills {headline} with the draft's opening words: an interviewer asks for an example of the claim
     * the candidate opened with, not of "that". Without a draft the quoting clause is dropped.
     */
    private static String withHeadline(String template, String draft) {
        if (!template.contains(HEADLINE)) {
            return template;
        }
        List<dev.rehearse.text.Word> words = dev.rehearse.text.Words.of(draft);
        if (words.isEmpty()) {
            String bare = template.replaceFirst("^[^\"]*\"\\{headline}\"[.:]?\\s*", "");
            return bare.isEmpty() ? bare : Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
        }
        return template.replace(HEADLINE, Quote.around(draft, words.get(0).start(), words.get(0).end()));
    }

    /** Near-duplicates are judged on content words only, and not on the draft's words they quote. */
    private static boolean nearDuplicate(List<Candidate> kept, Candidate c, Set<String> common) {
        Set<String> words = Terms.content(unquoted(c.question), common);
        return kept.stream().anyMatch(k -> jaccard(Terms.content(unquoted(k.question), common), words) >= NEAR_DUPLICATE);
    }

    private static String unquoted(String question) {
        return question.replaceAll("\"[^\"]*\"", " ");
    }

    private boolean aboutSetbacks(String question, String draft) {
        if (!setbackWords.find(question).isEmpty()) {
            return true;
        }
        Set<Integer> distinct = setbackWords.find(draft).stream().map(PhraseMatcher.Match::phrase).collect(Collectors.toSet());
        return distinct.size() >= SETBACK_WORDS;
    }

    /** The ids behind a pattern's condition, or null when the condition does not hold. */
    private static List<String> condition(String condition, DraftAnalysis a) {
        if (condition.equals("always")) {
            return List.of();
        }
        int colon = condition.indexOf(':');
        String what = condition.substring(colon + 1);
        return switch (condition.substring(0, colon)) {
            case "gap" -> a.structure().gaps().stream().filter(g -> g.part().equals(what)).map(Gap::id).findFirst()
                    .map(List::of).orElse(null);
            case "has" -> {
                List<String> ids = a.allFindings().stream().filter(f -> f.kind().wireName().equals(what)).map(Finding::id).limit(3).toList();
                yield ids.isEmpty() ? null : ids;
            }
            case "no" -> a.allFindings().stream().anyMatch(f -> f.kind().wireName().equals(what)) ? null : List.of();
            default -> throw new IllegalStateException("follow-up-patterns.txt: unknown condition " + condition);
        };
    }

    /** The draft's own claims: a change, else a number; a trade-off; a decision; a tool. Never the question's or the research's. */
    private void claims(DraftAnalysis a, String draft, ForeignWords foreign, List<Candidate> out, int[] order) {
        List<ChangeFinding> changes = a.evidence().changes().stream().filter(c -> !foreign.contains(c.span().text())).toList();
        List<Finding> quantities = a.evidence().quantities().stream().filter(q -> !foreign.contains(q.span().text())).map(Finding.class::cast).toList();
        if (!changes.isEmpty() && claims.containsKey("change")) {
            ChangeFinding c = changes.get(0);
            out.add(claim(claims.get("change"), c, c.span().text(), "", 2.6, order));
        } else if (!quantities.isEmpty() && claims.containsKey("quantity")) {
            Finding q = quantities.get(0);
            out.add(claim(claims.get("quantity"), q, q.span().text(), "", 2.2, order));
        }
        List<PhraseFinding> tradeOffs = a.evidence().reasoning().stream().filter(r -> r.kind() == FindingKind.TRADE_OFF).toList();
        if (!tradeOffs.isEmpty() && claims.containsKey("trade-off")) {
            // a trade-off said in so many words is the one to probe, before an "instead of"
            PhraseFinding t = tradeOffs.stream().filter(r -> TRADE_OFF_WORDS.stream().anyMatch(w -> sentenceHas(draft, r, w)))
                    .findFirst().orElse(tradeOffs.get(0));
            out.add(claim(claims.get("trade-off"), t, t.span().text(), Quote.around(draft, at(draft, t), at(draft, t) + t.span().text().length()), 2.5, order));
        }
        String tradeOffQuote = out.stream().filter(c -> c.origin.equals("claim") && c.topic.equals("alternatives")).map(c -> c.focus)
                .findFirst().orElse("");
        List<PhraseMatcher.Match> decisions = decisionWords.find(draft).stream()
                .filter(d -> tradeOffQuote.isEmpty() || !tradeOffQuote.contains(Quote.verbatim(Quote.around(draft, d.start(), d.end()))))
                .toList();
        if (!decisions.isEmpty() && claims.containsKey("decision")) {
            PhraseMatcher.Match d = decisions.get(0);
            String quote = Quote.around(draft, d.start(), d.end());
            Pattern p = claims.get("decision");
            out.add(new Candidate(2.45, order[0]++, p.topic(), p.question().replace("{sentence}", quote), p.why(), "claim",
                    sentenceIds(a, d.start()), quote, true, null));
        }
        List<NameFinding> tools = a.evidence().names().stream()
                .filter(n -> n.category().equals("tool") || n.category().equals("cloud"))
                .filter(n -> !foreign.contains(n.name())).toList();
        if (!tools.isEmpty() && claims.containsKey("name")) {
            NameFinding n = tools.get(0);
            out.add(claim(claims.get("name"), n, n.name(), "", 2.0, order));
        }
    }

    private static boolean sentenceHas(String draft, Finding f, String words) {
        int start = at(draft, f);
        return Quote.around(draft, start, start + f.span().text().length()).toLowerCase(java.util.Locale.ROOT).contains(words);
    }

    /** Where a finding's text starts in the draft as joined here (findings point into the original draft). */
    private static int at(String draft, Finding f) {
        int start = f.span().start();
        if (start + f.span().text().length() <= draft.length() && draft.startsWith(f.span().text(), start)) {
            return start;
        }
        return Math.max(draft.indexOf(f.span().text()), 0);
    }

    private static List<String> sentenceIds(DraftAnalysis a, int offset) {
        return a.structure().sentences().stream().filter(s -> s.span().start() <= offset && offset < s.span().end())
                .map(SentenceRole::id).limit(1).toList();
    }

    private static Candidate claim(Pattern p, Finding f, String text, String sentence, double priority, int[] order) {
        String q = p.question().replace("{text}", text).replace("{sentence}", sentence);
        String why = p.why().replace("{text}", text).replace("{sentence}", sentence);
        return new Candidate(priority, order[0]++, p.topic(), q, why, "claim", List.of(f.id()), text + " " + sentence, true, null);
    }

    /** Domain probes fired by the draft's own words, in the draft's order, each quoting them. */
    private void probes(FollowUpInput in, List<Candidate> out, int[] order) {
        ProbeBank bank = bundledProbes;
        var userFile = in.knowledge().file(ProbeBank.USER_FILE);
        if (userFile.isPresent()) {
            bank = bank.with(ProbeBank.parse(ProbeBank.USER_FILE, userFile.get().file().text(), false));
        }
        List<ProbeBank.Fired> fired = bank.fired(in.draft());
        for (int i = 0; i < Math.min(MAX_PROBES, fired.size()); i++) {
            ProbeBank.Fired f = fired.get(i);
            String quote = Quote.around(in.draft(), f.start(), f.end());
            String q = f.probe().question().replace("{quote}", quote).replace("{trigger}", f.trigger());
            String why = f.probe().why().replace("{quote}", quote).replace("{trigger}", f.trigger());
            out.add(new Candidate(2.7 - 0.1 * i, order[0]++, f.probe().topic(), q, why, "probe",
                    sentenceIds(in.analysis(), f.start()), quote, true, null));
        }
    }

    /** What the interviewer said when this question was asked, and the trade-off the notes' own answer names. */
    private void fromNotes(FollowUpInput in, List<Candidate> out, int[] order) {
        Pattern said = fromNotes.get("interviewer");
        for (Passage p : in.knowledge().passages()) {
            if (said != null && p.kind() == PassageKind.INTERVIEWER_SAID && sameQuestion.same(in.analysis().question().text(), p.title())
                    && TypoTolerance.covered(p.text(), in.draft(), Set.of()) < 0.5) {
                String text = p.text().strip().replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")").replaceAll("[.!]+$", "");
                out.add(new Candidate(3.1, order[0]++, said.topic() + ":" + p.id(), said.question().replace("{text}", text),
                        said.why().replace("{text}", text), "interviewer", List.of(p.id()), text, true, PassageRef.of(p)));
            }
        }
        Pattern tradeOff = fromNotes.get("trade-off");
        boolean draftWeighs = in.analysis().evidence().reasoning().stream().anyMatch(r -> r.kind() == FindingKind.TRADE_OFF);
        if (tradeOff != null && in.notesAnswer() != null && !draftWeighs) {
            for (String sentence : in.notesAnswer().text().split("(?<=[.!?])\\s+")) {
                String lower = sentence.toLowerCase(java.util.Locale.ROOT);
                if (TRADE_OFF_WORDS.stream().anyMatch(lower::contains) && TypoTolerance.covered(sentence, in.draft(), in.common()) < 0.5) {
                    String text = sentence.strip().replaceAll("\\s+", " ");
                    out.add(new Candidate(3.05, order[0]++, tradeOff.topic(), tradeOff.question(), tradeOff.why().replace("{text}", text),
                            "notes", List.of(in.notesAnswer().id()), text, false, PassageRef.of(in.notesAnswer())));
                    break;
                }
            }
        }
    }

    /**
     * "How would this carry over to the company?" only for an answer about the candidate's own work, and
     * then about one research fact that shares the answer's topic, never as a generic closing question.
     */
    private void companyFact(FollowUpInput in, List<Candidate> out, int[] order) {
        Pattern p = company.get("fact");
        QuestionType type = in.analysis().question().type();
        boolean ownWork = type == QuestionType.BEHAVIOURAL || type == QuestionType.CONCEPTUAL;
        if (p == null || in.tie().company().isEmpty() || !ownWork) {
            return;
        }
        List<Passage> research = in.research().stream().map(SearchHit::passage).toList();
        CompanyFacts.best(research, in.draft(), in.common()).ifPresent(f -> out.add(new Candidate(2.1, order[0]++, p.topic(),
                p.question().replace("{company}", in.tie().company()).replace("{fact}", f.sentence()),
                p.why(), "company", List.of(f.passage().id()), String.join(" ", f.shared()), false, PassageRef.of(f.passage()))));
    }

    /**
     * The passage that helps answer: the interviewer's words for a priority, the research for a company
     * question, the prepared questions for a closing one, and for a story the notes' own answer to the
     * same question (or the story the notes tell, for "give an example").
     */
    private static PassageRef prepareFrom(Candidate c, FollowUpInput in) {
        if (c.from != null) {
            return c.from;
        }
        QuestionType type = in.analysis().question().type();
        boolean companyQuestion = RESEARCH_TOPICS.contains(c.topic) || type == QuestionType.MOTIVATION && in.notesAnswer() == null;
        if (companyQuestion && !in.research().isEmpty()) {
            return PassageRef.of(in.research().get(0).passage());
        }
        if (type == QuestionType.CLOSING) {
            var ask = in.knowledge().passages().stream().filter(p -> p.kind() == PassageKind.QUESTION_TO_ASK).findFirst();
            if (ask.isPresent()) {
                return PassageRef.of(ask.get());
            }
        }
        if (EXAMPLE_TOPIC.equals(c.topic) && in.storyPassageId() != null) {
            var story = in.notes().stream().filter(h -> h.passage().id().equals(in.storyPassageId())).findFirst();
            if (story.isPresent()) {
                return PassageRef.of(story.get().passage());
            }
        }
        if (in.notesAnswer() != null) {
            return PassageRef.of(in.notesAnswer());
        }
        return bestNotes(c, in.notes(), in.common());
    }

    /** The notes passage retrieved first for the draft, unless another shares clearly more of the follow-up's words. */
    private static PassageRef bestNotes(Candidate c, List<SearchHit> notes, Set<String> common) {
        if (notes.isEmpty()) {
            return null;
        }
        Set<String> wanted = Terms.content(c.question + " " + c.focus, common);
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < notes.size(); i++) {
            double score = Terms.content(notes.get(i).passage().searchableText(), common).stream().filter(wanted::contains).count()
                    + (i == 0 ? TOP_HIT_HEAD_START : 0);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return PassageRef.of(notes.get(best).passage());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }
}
