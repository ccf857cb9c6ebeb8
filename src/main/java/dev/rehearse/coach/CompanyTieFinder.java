package dev.rehearse.coach;

import dev.rehearse.coach.report.Bridge;
import dev.rehearse.coach.tie.ActionSentence;
import dev.rehearse.coach.tie.ActionSentences;
import dev.rehearse.coach.tie.BridgeWriter;
import dev.rehearse.coach.tie.FactRanker;
import dev.rehearse.coach.tie.RankedFact;
import dev.rehearse.coach.tie.TieConcepts;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.knowledge.ResearchFact;
import dev.rehearse.knowledge.ResearchFacts;
import java.util.HashSet;
import dev.rehearse.coach.report.CompanyMention;
import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.InterviewerNote;
import dev.rehearse.knowledge.PassageRef;
import dev.rehearse.coach.report.RelevantPassage;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.coach.text.Terms;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.search.SearchHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The draft against the company research and what the interviewer said. Bridges are first-person
 * sentences the candidate could say, built only from a researched fact and the draft's own action
 * clause: the facts are ranked by what the draft says the candidate did, never quoted from
 * commentary, and each bridge cites the exact line(s) of its fact.
 */
final class CompanyTieFinder {

    private final CoachRules rules;
    private final TieConcepts concepts = TieConcepts.load();
    private final FactRanker ranker = new FactRanker(concepts);
    private final List<String> frames = RuleFile.load("bridge-templates.txt").lines("frames");
    private volatile FactCache cache;

    CompanyTieFinder(CoachRules rules) {
        this.rules = rules;
    }

    CompanyTie tie(String question, DraftText draft, DraftAnalysis analysis, List<SearchHit> research, List<SearchHit> said,
                   KnowledgeBase knowledge, KnowledgeVocabulary vocabulary) {
        String company = vocabulary.companyNames().isEmpty() ? "" : vocabulary.companyNames().get(0);
        Set<String> common = vocabulary.commonStems();
        Set<String> draftStems = Grounder.stems(draft.view());
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
        // the company named in a pitch line ("I'd bring the same rigour to Acme's journeys") ties nothing, as in the
        // draft's own score: its names and themes are left out of the tie
        List<CompanyMention> mentions = PitchLines.outside(analysis.relevance().companyMentions(), analysis.concerns(),
                analysis.structure().sentences());
        List<String> themesInDraft = analysis.relevance().companyThemes().stream()
                .filter(t -> mentions.stream().anyMatch(m -> t.equals(m.theme()))).toList();
        List<String> missing = themesInResearch.stream().filter(t -> !themesInDraft.contains(t)).toList();
        List<Bridge> bridges = company.isEmpty() ? List.of() : bridges(draft, analysis, research, knowledge, vocabulary);
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
                summary(company, named, themesInDraft, reflected, bridges.size(), !vocabulary.hasResearch()));
    }

    private List<Bridge> bridges(DraftText draft, DraftAnalysis analysis, List<SearchHit> research,
                                 KnowledgeBase knowledge, KnowledgeVocabulary vocabulary) {
        Set<String> ignored = new HashSet<>(vocabulary.commonStems());
        vocabulary.companyNames().forEach(n -> ignored.addAll(Terms.of(n)));
        List<ActionSentence> actions = ActionSentences.of(draft, analysis.ownership(), ignored, concepts);
        List<Passage> retrieved = research.stream().map(SearchHit::passage).toList();
        List<RankedFact> ranked = ranker.rank(facts(knowledge), actions, ignored, f -> containing(retrieved, f) != null);
        BridgeWriter writer = new BridgeWriter(frames, vocabulary.properNouns());
        List<Bridge> out = new ArrayList<>();
        for (RankedFact r : BridgeWriter.pick(ranked)) {
            ResearchFact f = r.fact();
            Passage home = containing(retrieved, f);
            if (home == null) {
                home = containing(knowledge.passages(), f);
            }
            PassageRef cite = new PassageRef(home == null ? "" : home.id(), f.source(), f.startLine(), f.endLine(),
                    PassageKind.RESEARCH.wireName(), f.section());
            out.add(new Bridge("bridge-" + (out.size() + 1), writer.write(r, out.size()), f.statement(), theme(f.statement(), vocabulary), cite));
        }
        return out;
    }

    /** The passage of {@code passages} that holds the fact's lines, or null. */
    private static Passage containing(List<Passage> passages, ResearchFact f) {
        for (Passage p : passages) {
            if (p.source().equals(f.source()) && p.startLine() <= f.startLine() && f.endLine() <= p.endLine()) {
                return p;
            }
        }
        return null;
    }

    /** The company theme the fact speaks to most, or "" when none. */
    private String theme(String fact, KnowledgeVocabulary vocabulary) {
        String best = "";
        int bestHits = 0;
        for (String t : vocabulary.themes()) {
            int hits = rules.companyThemes.get(t).find(fact).size();
            if (hits > bestHits) {
                best = t;
                bestHits = hits;
            }
        }
        return best;
    }

    /** The research's facts, parsed once per knowledge snapshot. */
    private List<ResearchFact> facts(KnowledgeBase knowledge) {
        FactCache c = cache;
        if (c == null || c.knowledge != knowledge) {
            c = new FactCache(knowledge, ResearchFacts.of(knowledge));
            cache = c;
        }
        return c.facts;
    }

    private record FactCache(KnowledgeBase knowledge, List<ResearchFact> facts) {
    }

    private static String summary(String company, boolean named, List<String> inDraft, List<String> reflected,
                                  int bridges, boolean noResearch) {
        String who = company.isEmpty() ? "the company" : company;
        if (!named && inDraft.isEmpty() && reflected.isEmpty()) {
            if (noResearch) {
                return "No tie to " + who + ", and no company research was found for this question.";
            }
            return "No tie to " + who + " yet" + (bridges == 0
                    ? ", and none of the researched facts fits what the draft says you did, so no bridge is suggested."
                    : ": the draft names neither " + who + " nor its themes nor what the interviewer said.");
        }
        List<String> parts = new ArrayList<>();
        parts.add(named ? "names " + who : "does not name " + who);
        if (!inDraft.isEmpty()) {
            parts.add("touches " + String.join(", ", inDraft));
        }
        reflected.forEach(r -> parts.add("reflects what the interviewer said (\"" + r.replaceAll("\\s+", " ") + "\")"));
        return "The draft " + String.join("; ", parts) + "."
                + (bridges == 0 ? " None of the researched facts fits what the draft says you did, so no bridge is suggested." : "");
    }
}
