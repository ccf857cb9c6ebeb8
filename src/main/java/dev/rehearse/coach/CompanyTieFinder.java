package dev.rehearse.coach;

import dev.rehearse.coach.report.Bridge;
import dev.rehearse.coach.report.CompanyMention;
import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.InterviewerNote;
import dev.rehearse.knowledge.PassageRef;
import dev.rehearse.coach.report.RelevantPassage;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.coach.text.PhraseList;
import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.coach.text.Sentence;
import dev.rehearse.coach.text.Terms;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.search.SearchHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item 8 of the issue: the draft against the company research and what the interviewer said. The
 * bridging sentences are a fixed lead-in (bridge-templates.txt, no facts of its own) and a sentence
 * quoted from a retrieved research passage (Markdown marks, a leading "Label:" and "(see …)"
 * cross-references removed), so they hold nothing the research does not say.
 */
final class CompanyTieFinder {

    private static final int MAX_BRIDGES = 3;
    private static final int MIN_FACT_WORDS = 6;
    private static final int MAX_FACT_WORDS = 45;

    private final CoachRules rules;
    private final Map<String, List<String>> leadIns;
    private final PhraseList skip;

    CompanyTieFinder(CoachRules rules) {
        this.rules = rules;
        RuleFile templates = RuleFile.load("bridge-templates.txt");
        this.leadIns = templates.values("lead-ins");
        this.skip = PhraseList.of(templates.lines("skip"));
        if (!leadIns.containsKey("default")) {
            throw new IllegalStateException("bridge-templates.txt needs a default lead-in");
        }
    }

    CompanyTie tie(String question, DraftText draft, DraftAnalysis analysis, List<SearchHit> research, List<SearchHit> said,
                   KnowledgeVocabulary vocabulary) {
        String company = vocabulary.companyNames().isEmpty() ? "" : vocabulary.companyNames().get(0);
        Set<String> common = vocabulary.commonStems();
        Set<String> draftStems = Grounder.stems(draft.view());
        Set<String> topicStems = Terms.content(question + "\n" + draft.view(), common);
        List<RelevantPassage> passages = new ArrayList<>();
        List<String> themesInResearch = new ArrayList<>();
        for (int i = 0; i < research.size(); i++) {
            Passage p = research.get(i).passage();
            passages.add(new RelevantPassage(PassageRef.of(p), i + 1, research.get(i).snippet(), Grounder.shared(p.text(), draftStems, common)));
            for (String theme : vocabulary.themes()) {
                if (!themesInResearch.contains(theme) && !rules.companyThemes.get(theme).find(p.text()).isEmpty()) {
                    themesInResearch.add(theme);
                }
            }
        }
        // keep the file's theme order whatever order the passages came in
        themesInResearch.sort(Comparator.comparingInt(vocabulary.themes()::indexOf));
        List<String> themesInDraft = analysis.relevance().companyThemes();
        List<String> missing = themesInResearch.stream().filter(t -> !themesInDraft.contains(t)).toList();
        List<CompanyMention> mentions = analysis.relevance().companyMentions();
        List<Bridge> bridges = company.isEmpty() ? List.of() : bridges(company, research, topicStems, missing, vocabulary);
        List<InterviewerNote> notes = new ArrayList<>();
        for (SearchHit h : said) {
            List<String> matched = Grounder.shared(h.passage().text(), draftStems, common);
            // the interviewer's notes are a few words ("data foundation"): the draft reflects them when it
            // picks up at least half of their topic words; "data" alone, common to every passage, is not enough
            int words = Terms.content(h.passage().text(), common).size();
            boolean reflected = !matched.isEmpty() && matched.size() * 2 >= words;
            notes.add(new InterviewerNote(PassageRef.of(h.passage()), h.passage().text(), matched, reflected));
        }
        boolean named = mentions.stream().anyMatch(CompanyMention::namesCompany);
        List<String> reflected = notes.stream().filter(InterviewerNote::reflected).map(InterviewerNote::text).toList();
        boolean tied = named || !themesInDraft.isEmpty() || !reflected.isEmpty();
        return new CompanyTie(company, passages, themesInResearch, themesInDraft, missing, mentions, bridges, notes, tied,
                summary(company, named, themesInDraft, reflected, themesInResearch, research.isEmpty()));
    }

    private List<Bridge> bridges(String company, List<SearchHit> research, Set<String> topicStems, List<String> missing,
                                 KnowledgeVocabulary vocabulary) {
        record Candidate(double score, int rank, String fact, String theme, Passage passage) {
        }
        List<Candidate> best = new ArrayList<>();
        for (int rank = 0; rank < research.size(); rank++) {
            Passage p = research.get(rank).passage();
            DraftText text = DraftText.of(p.text(), rules.abbreviations);
            Candidate top = null;
            for (Sentence s : text.sentences()) {
                String fact = plain(s.text());
                if (s.words() < MIN_FACT_WORDS || s.words() > MAX_FACT_WORDS || fact.endsWith(":") || fact.endsWith("?")) {
                    continue;
                }
                String theme = "";
                int themes = 0;
                int themeHits = 0;
                for (String t : vocabulary.themes()) {
                    int hits = rules.companyThemes.get(t).find(fact).size();
                    if (hits == 0) {
                        continue;
                    }
                    themes++;
                    // the sentence's main theme; between equals, one the draft does not touch yet is worth more
                    boolean better = hits > themeHits || hits == themeHits && missing.contains(t) && !missing.contains(theme);
                    if (better) {
                        theme = t;
                        themeHits = hits;
                    }
                }
                if (!skip.find(fact).isEmpty()) {
                    continue;
                }
                long overlap = Terms.content(fact, vocabulary.commonStems()).stream().filter(topicStems::contains).count();
                if (themes == 0 && overlap == 0) {
                    continue;
                }
                // a sentence with a company theme but none of the answer's words, or one shared word and no
                // theme, is kept as a last resort, ranked below the rest, so a short draft still gets two bridges
                boolean weak = overlap == 0 || themes == 0 && overlap < 2;
                double score = weak
                        ? Math.min(2, themes) + overlap - 10 - rank * 0.5
                        : 1.5 * Math.min(2, themes) + Math.min(5, overlap) + (missing.contains(theme) ? 0.5 : 0) - rank * 0.5;
                if (top == null || score > top.score) {
                    top = new Candidate(score, rank, fact, theme, p);
                }
            }
            if (top != null) {
                best.add(top);
            }
        }
        best.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(c -> c.rank));
        // one bridge per theme first, so the suggestions do not all say the same thing; then the rest
        List<Candidate> ordered = new ArrayList<>();
        List<String> themesUsed = new ArrayList<>();
        for (Candidate c : best) {
            if (!themesUsed.contains(c.theme)) {
                ordered.add(c);
                themesUsed.add(c.theme);
            }
        }
        // last-resort sentences only to reach two bridges
        ordered.removeIf(c -> c.score < -5 && ordered.indexOf(c) >= 2);
        // repeat a theme only to reach two bridges: a third saying the same thing adds nothing
        best.stream().filter(c -> !ordered.contains(c)).limit(Math.max(0, 2 - ordered.size())).forEach(ordered::add);
        List<Bridge> out = new ArrayList<>();
        for (Candidate c : ordered) {
            if (out.size() == MAX_BRIDGES) {
                break;
            }
            String lead = leadIns.getOrDefault(c.theme.isEmpty() ? "default" : c.theme, leadIns.get("default")).get(0)
                    .replace("{company}", company);
            out.add(new Bridge("bridge-" + (out.size() + 1), lead + " " + c.fact, c.fact, c.theme, PassageRef.of(c.passage)));
        }
        return out;
    }

    /** The research sentence without Markdown emphasis, code marks or a leading "Label:" of a list item. */
    static String plain(String sentence) {
        String s = sentence.replace("**", "").replace("__", "").replace("`", "").replaceAll("\\s+", " ").strip();
        // cross-references point into our files, not at the company
        s = s.replaceAll("\\s*\\((?:see|cf\\.)\\s[^)]*\\)", "");
        s = s.replaceFirst("^\\p{Lu}[\\p{L}\\p{N}-]*(?: [\\p{L}\\p{N}-]+){0,2}: (?=\\S)", "");
        // a connective that linked it to the sentence before reads oddly after a lead-in; what follows the
        // lead-in's colon may start in lower case, so the fact stays a verbatim quote of the research
        return CONNECTIVE.matcher(s).replaceFirst("");
    }

    private static final java.util.regex.Pattern CONNECTIVE = java.util.regex.Pattern.compile(
            "^(?:separately|also|however|instead|in other words|in short|in practice|for example|so|then|still|likewise),\\s+",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static String summary(String company, boolean named, List<String> inDraft, List<String> reflected,
                                  List<String> inResearch, boolean noResearch) {
        String who = company.isEmpty() ? "the company" : company;
        if (!named && inDraft.isEmpty() && reflected.isEmpty()) {
            if (noResearch) {
                return "No tie to " + who + ", and no company research was found for this question.";
            }
            return "No tie to " + who + " yet: the research retrieved for this question speaks to "
                    + (inResearch.isEmpty() ? "other topics" : String.join(", ", inResearch)) + ".";
        }
        List<String> parts = new ArrayList<>();
        parts.add(named ? "names " + who : "does not name " + who);
        if (!inDraft.isEmpty()) {
            parts.add("touches " + String.join(", ", inDraft));
        }
        reflected.forEach(r -> parts.add("reflects what the interviewer said (\"" + r.replaceAll("\\s+", " ") + "\")"));
        return "The draft " + String.join("; ", parts) + ".";
    }
}
