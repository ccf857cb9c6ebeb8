package dev.rehearse.coach;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.text.NameShapes;
import dev.rehearse.text.Word;
import dev.rehearse.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names and company facts the draft analysis takes from the knowledge folder: proper nouns (so
 * the spelling check accepts the company's and the candidate's employers' names, and the evidence finder
 * knows them as names), the company's name, and which company themes the research covers.
 * <p>
 * The company's name is the one the research's front matter declares ({@code company: Acme}, see
 * {@link dev.rehearse.knowledge.Company}); a folder without that key still works, the name then inferred
 * from the capitalised words the research and the notes share.
 *
 * @param properNouns  capitalised and CamelCase words of the knowledge folder, sorted
 * @param companyNames the company the candidate is interviewing with, as written in the files (one, or
 *                     none when the folder neither declares nor suggests one)
 * @param themes       company themes (company-themes.txt) that the research mentions, in file order
 * @param hasResearch  whether any company research was loaded
 * @param commonStems  stems found in so many passages (a quarter or more) that sharing them says little
 *                     ("data" in a data engineer's notes)
 * @param interviewerSaid what the interviewer said back, as the notes record it ({@code >} lines), each under the
 *                     question it answered: what they said the role needs is what a strong answer builds on
 * @param numbers      the figures the notes and the research state, for checking a draft's figures against
 */
public record KnowledgeVocabulary(Set<String> properNouns, List<String> companyNames, List<String> themes, boolean hasResearch,
                                  Set<String> commonStems, List<Passage> interviewerSaid, NotesNumbers numbers) {

    /** A stem in at least this share of the passages is too common to show a tie. */
    static final double COMMON_SHARE = 0.25;

    public KnowledgeVocabulary {
        properNouns = Set.copyOf(new TreeSet<>(properNouns));
        companyNames = List.copyOf(companyNames);
        themes = List.copyOf(themes);
        commonStems = Set.copyOf(commonStems);
        interviewerSaid = List.copyOf(interviewerSaid);
        numbers = numbers == null ? NotesNumbers.none() : numbers;
    }

    /** Without figures to check against. */
    public KnowledgeVocabulary(Set<String> properNouns, List<String> companyNames, List<String> themes, boolean hasResearch,
                               Set<String> commonStems, List<Passage> interviewerSaid) {
        this(properNouns, companyNames, themes, hasResearch, commonStems, interviewerSaid, NotesNumbers.none());
    }

    /** Without anything the interviewer said. */
    public KnowledgeVocabulary(Set<String> properNouns, List<String> companyNames, List<String> themes, boolean hasResearch,
                               Set<String> commonStems) {
        this(properNouns, companyNames, themes, hasResearch, commonStems, List.of(), NotesNumbers.none());
    }

    public static KnowledgeVocabulary empty() {
        return new KnowledgeVocabulary(Set.of(), List.of(), List.of(), false, Set.of());
    }

    /** The company's name, or empty when the knowledge folder names none. */
    public java.util.Optional<String> companyName() {
        return companyNames.stream().findFirst();
    }

    /** Proper nouns sorted, for output and for the spelling rule. */
    public List<String> sortedProperNouns() {
        return new ArrayList<>(new TreeSet<>(properNouns));
    }

    public static KnowledgeVocabulary from(KnowledgeBase kb) {
        CoachRules rules = CoachRules.shared();
        Set<String> nouns = new TreeSet<>();
        Map<String, Integer> inResearch = new LinkedHashMap<>();
        Map<String, Integer> inNotes = new LinkedHashMap<>();
        boolean research = false;
        List<String> themes = new ArrayList<>();
        StringBuilder researchText = new StringBuilder();
        Set<String> lowerCaseWords = new java.util.HashSet<>();
        for (Passage p : kb.passages()) {
            String text = p.title() + "\n" + p.text();
            for (Word w : Words.of(text)) {
                String word = w.text();
                // lower case inside a URL or a path ("acme.com", "acme/s3") says nothing about the name
                boolean inAddress = w.start() > 0 && "./@_:".indexOf(text.charAt(w.start() - 1)) >= 0
                        || w.end() < text.length() && "./@_".indexOf(text.charAt(w.end())) >= 0 && w.end() + 1 < text.length()
                        && !Character.isWhitespace(text.charAt(w.end() + 1));
                if (!inAddress && word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
                    lowerCaseWords.add(word);
                }
            }
        }
        for (Passage p : kb.passages()) {
            boolean isResearch = p.kind() == PassageKind.RESEARCH;
            research |= isResearch;
            if (isResearch) {
                researchText.append(p.text()).append('\n');
            }
            for (String text : List.of(p.title(), p.text())) {
                for (String name : names(text, rules.commonCapitalised)) {
                    boolean acronym = NameShapes.isAcronym(name);
                    boolean camel = NameShapes.isCamelCase(name);
                    // "The" or "Journey" also occur in lower case: ordinary words, not names
                    if (!acronym && !camel && lowerCaseWords.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                        continue;
                    }
                    nouns.add(name);
                    if (!acronym) {
                        (isResearch ? inResearch : inNotes).merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        for (Map.Entry<String, dev.rehearse.coach.text.PhraseList> theme : rules.companyThemes.entrySet()) {
            if (!theme.getValue().find(researchText).isEmpty()) {
                themes.add(theme.getKey());
            }
        }
        Map<String, Integer> documentFrequency = new java.util.HashMap<>();
        for (Passage p : kb.passages()) {
            for (String stem : dev.rehearse.coach.text.Terms.of(p.searchableText())) {
                documentFrequency.merge(stem, 1, Integer::sum);
            }
        }
        int passages = kb.passages().size();
        Set<String> common = new TreeSet<>();
        // with only a handful of passages every word looks common; the measure needs a few to mean anything
        if (passages >= 8) {
            documentFrequency.forEach((stem, n) -> {
                if (n >= COMMON_SHARE * passages) {
                    common.add(stem);
                }
            });
        }
        List<String> company = kb.company().map(c -> List.of(c.name())).orElseGet(() -> companyName(inResearch, inNotes, kb));
        // a declared name is a name even where the files happen to write it in lower case
        for (String name : company) {
            for (Word word : Words.of(name)) {
                nouns.add(word.text());
            }
        }
        return new KnowledgeVocabulary(nouns, company, themes, research, common, said(kb), NotesNumbers.of(kb));
    }

    /**
     * The interviewer's replies one line at a time: each {@code >} line is one thing they said ("data foundation",
     * "sense of ownership"), and an answer that builds on one of them should not need to echo the others. Each line
     * keeps its reply's id and question and cites its own line.
     */
    private static List<Passage> said(KnowledgeBase kb) {
        List<Passage> out = new ArrayList<>();
        for (Passage p : kb.passages()) {
            if (p.kind() != PassageKind.INTERVIEWER_SAID) {
                continue;
            }
            String[] lines = p.text().split("\\R");
            boolean oneALine = lines.length == p.endLine() - p.startLine() + 1;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.isEmpty()) {
                    int at = oneALine ? p.startLine() + i : p.startLine();
                    out.add(new Passage(p.id(), p.source(), at, oneALine ? at : p.endLine(), p.kind(), p.section(), p.title(), line));
                }
            }
        }
        return out;
    }

    /**
     * The company when the front matter does not name it: the name the research uses most that the candidate's notes also use; without
     * research, the name the interviewer's questions (the notes' question titles) use most.
     */
    private static List<String> companyName(Map<String, Integer> inResearch, Map<String, Integer> inNotes, KnowledgeBase kb) {
        Comparator<Map.Entry<String, Integer>> byCount = Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        if (!inResearch.isEmpty()) {
            return inResearch.entrySet().stream().filter(e -> inNotes.containsKey(e.getKey())).sorted(byCount)
                    .limit(1).map(Map.Entry::getKey).toList();
        }
        Map<String, Integer> inQuestions = new LinkedHashMap<>();
        kb.questions().forEach(q -> names(q.question(), CoachRules.shared().commonCapitalised)
                .forEach(n -> inQuestions.merge(n, 1, Integer::sum)));
        return inQuestions.entrySet().stream().filter(e -> !NameShapes.isAcronym(e.getKey())).sorted(byCount)
                .limit(1).map(Map.Entry::getKey).toList();
    }

    /** CamelCase words, acronyms and capitalised words that do not start a sentence or a line. */
    static List<String> names(String text, Set<String> common) {
        List<String> out = new ArrayList<>();
        for (Word m : Words.of(text)) {
            String w = m.text().replaceAll("['’]s$", "").replaceAll("[-'’]+$", "");
            if (w.length() < 2 || !Character.isUpperCase(w.codePointAt(0)) && !NameShapes.isCamelCase(w)) {
                continue;
            }
            if (common.contains(w)) {
                continue;
            }
            boolean camel = NameShapes.isCamelCase(w);
            boolean acronym = NameShapes.isAcronym(w);
            if (camel || acronym || !startsSentence(text, m.start())) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || "\"'“‘(*-•>#".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:\n\r".indexOf(text.charAt(i)) >= 0;
    }
}
