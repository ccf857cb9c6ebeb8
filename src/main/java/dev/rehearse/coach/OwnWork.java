package dev.rehearse.coach;

import dev.rehearse.coach.report.NameFinding;
import dev.rehearse.coach.report.SentenceRole;
import dev.rehearse.coach.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which named systems and tools are evidence of the candidate's own work: a name counts when its sentence says
 * what the candidate did ("I" as the subject), and not when it is one item of a list. A shopping list of tools
 * ("Snowflake, Fivetran, dbt and Looker on top") shows that the candidate has heard of them, nothing more. A story
 * names its system once and says what was done with it in the next sentence ("Our PayPal feed kept failing. I split
 * it in two"), so a sentence next to one with "I" counts too. The company the candidate is interviewing with is
 * never the candidate's own work: naming it is the tie to the company, judged under relevance. Two or three tools in
 * one sentence count only with a reason (see {@link #REASON}); one tool and what was done with it is enough. Within
 * one sentence the name and the "I" must share a clause: "X is the leader in Europe and I've followed it" did
 * nothing with Europe.
 */
final class OwnWork {

    /** A sentence naming this many distinct systems or more is a list, not a description of work done. */
    static final int LIST_NAMES = 4;

    /** A draft listing this many distinct systems, at least twice as many as it says it worked with, is a shopping list. */
    static final int SHOPPING_LIST = 8;

    /**
     * Why a tool was chosen or what it was for: "because", "so that", "instead of", "to avoid". Two or three tools
     * named in one sentence with no reason are a short list ("I'd add Kafka for streaming and use Terraform"): what
     * was done with each, and why, is what makes a tool evidence.
     */
    private static final Pattern REASON = Pattern.compile(
            "\\b(?:because|so that|so|since|which (?:meant|means|made|makes|let|lets)|to (?:avoid|stop|keep|make|cut|catch|let|prevent)"
                    + "|instead of|rather than|otherwise|that way|in order to|why)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether a name could be something the candidate worked with: a technical term ("API") is no system, a chat or
     * call tool ("responsive on Slack") is where people talk, and a ticket board or notes app ("I plan the week in
     * Notion") is where they organise themselves; neither is work the interviewer could ask about.
     */
    static boolean namesWork(NameFinding n) {
        return !NOT_WORK.contains(n.category());
    }

    private static final Set<String> NOT_WORK = Set.of("term", "channel", "workspace");

    /** Whether a name counts towards a list of tools: a ticket board or notes app does, a term or a channel does not. */
    private static boolean listable(NameFinding n) {
        return namesWork(n) || n.category().equals("workspace");
    }

    /**
     * A sentence that reports what the candidate read about the company ("From what I read, their connector uses S3
     * and IAM roles") describes the company's systems: the names it lists are neither a shopping list of the candidate's
     * nor work of theirs, and a single name in it is judged like any other sentence's.
     */
    private static final Pattern AS_READ = Pattern.compile(
            "\\b(?:from what (?:i|i['’]ve) (?:read|saw|seen|understand|gather)|i (?:read|saw) (?:that|in|on)|according to|as i understand it"
                    + "|(?:the|their|your) (?:docs|documentation|help (?:centre|center)) (?:say|says|describe|describes))\\b",
            Pattern.CASE_INSENSITIVE);

    /** "I" as a word, with its contractions; case-sensitive, so the pronoun and not a roman numeral in lower case. */
    static final Pattern I = Pattern.compile("(?<![\\w'’])I(?:['’](?:ve|d|ll|m))?(?![\\w'’-])");

    /** "and I", "but I", "; I": an "I" that starts a clause of its own. */
    private static final Pattern NEW_CLAUSE_I = Pattern.compile(
            "(?:[;:]|\\b(?:and|but|so|while|whereas|although|though))\\s+(?=I(?:['’](?:ve|d|ll|m))?(?![\\w'’-]))");

    private OwnWork() {
    }

    /**
     * Whether the clause holding position {@code at} of a sentence has the candidate as its "I": in "TheyDo is
     * the most exciting company in Europe and I've been following you", the "I" says nothing about Europe.
     */
    static boolean inOwnClause(String sentence, int at) {
        int start = 0;
        int end = sentence.length();
        java.util.regex.Matcher m = NEW_CLAUSE_I.matcher(sentence);
        while (m.find()) {
            if (m.end() <= at) {
                start = m.end();
            } else {
                end = Math.min(end, m.start());
                break;
            }
        }
        return I.matcher(sentence.substring(start, Math.max(start, end))).find();
    }

    /** What the names of a draft show. */
    record Credit(List<NameFinding> credited, List<NameFinding> listed) {

        /** A shopping list: this many tools listed, none of them said to be used for anything. */
        boolean shoppingList() {
            return credited.isEmpty() && distinctNames(listed) >= SHOPPING_LIST;
        }
    }

    static Credit credit(List<NameFinding> names, List<SentenceRole> sentences, List<Span> company) {
        List<NameFinding> credited = new ArrayList<>();
        List<NameFinding> listed = new ArrayList<>();
        boolean[] own = new boolean[sentences.size()];
        for (int i = 0; i < own.length; i++) {
            own[i] = I.matcher(sentences.get(i).span().text()).find();
        }
        for (int i = 0; i < own.length; i++) {
            SentenceRole s = sentences.get(i);
            List<NameFinding> in = names.stream().filter(OwnWork::listable)
                    .filter(n -> company.stream().noneMatch(c -> c.overlaps(n.span())))
                    .filter(n -> n.span().start() >= s.span().start() && n.span().end() <= s.span().end()).toList();
            if (in.isEmpty()) {
                continue;
            }
            Set<String> distinct = new HashSet<>();
            in.forEach(n -> distinct.add(n.name().toLowerCase(java.util.Locale.ROOT)));
            if (distinct.size() >= LIST_NAMES || distinct.size() >= 2 && !REASON.matcher(s.span().text()).find()) {
                if (!AS_READ.matcher(s.span().text()).find()) {
                    listed.addAll(in);
                }
            } else if (i > 0 && own[i - 1] || i + 1 < own.length && own[i + 1]) {
                in.stream().filter(OwnWork::namesWork).forEach(credited::add);
            } else if (own[i]) {
                String text = s.span().text();
                in.stream().filter(OwnWork::namesWork).filter(n -> inOwnClause(text, n.span().start() - s.span().start())).forEach(credited::add);
            }
        }
        // a draft that is mostly a shopping list lends its list to the sentences around it: "I'd also learn GitHub
        // Actions" after twelve tools named in lists is one more item, not work the interviewer could ask about
        long listedNames = distinctNames(listed);
        if (listedNames >= SHOPPING_LIST && listedNames >= 2 * distinctNames(credited)) {
            List<NameFinding> all = new ArrayList<>(listed);
            all.addAll(credited);
            all.sort(java.util.Comparator.comparingInt(n -> n.span().start()));
            return new Credit(List.of(), all);
        }
        return new Credit(credited, listed);
    }

    private static long distinctNames(List<NameFinding> names) {
        return names.stream().map(n -> n.name().toLowerCase(java.util.Locale.ROOT)).distinct().count();
    }
}
