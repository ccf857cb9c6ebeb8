package dev.rehearse.llm.guard;

import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.llm.reply.InventionFlag;
import dev.rehearse.text.NumberClaim;
import dev.rehearse.text.NumberMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags what a model wrote that the candidate's material does not hold. A number is backed only by the same
 * claim (same value, unit and subject) in the draft or the notes; a name, employer or title only by the
 * candidate's own material; the company research backs only sentences about the company. A pure
 * function of the text and the sources, so it can be tested on its own and gives the same flags for
 * the same input.
 */
public final class InventionGuard {

    private static final Set<String> COMMON = lowerCase(RuleFile.load("common-words.txt"), "words", "ordinary");
    private static final Set<String> SYSTEMS = lowerCase(RuleFile.load("systems.txt"), "any-case");
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll");
    /** Citation markers and the [add …] placeholders the prompt asks for are not claims. */
    private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]\\n]{0,300}\\]");

    private final SourceFacts sources;

    /** Loads the word-class dictionary now (about 0.2 s) so the first checked answer does not wait for it. */
    public static void warmUp() {
        Lexicon.isKnownWord("ready");
    }

    public InventionGuard(SourceFacts sources) {
        this.sources = sources;
    }

    /** The flags for text the candidate would say about themselves (a revised answer, a fix), in order, each once. */
    public List<InventionFlag> check(String field, String text) {
        return check(field, text, false);
    }

    /**
     * The flags for text about the company or the knowledge (how to prepare, what a bridge ties to, an answer to a
     * question): there the research backs names and figures as well as the notes do.
     */
    public List<InventionFlag> checkAboutCompany(String field, String text) {
        return check(field, text, true);
    }

    private List<InventionFlag> check(String field, String text, boolean aboutCompany) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String masked = mask(text);
        List<Sentence> sentences = Sentence.split(masked);
        Map<String, Positioned> flags = new LinkedHashMap<>();
        boolean[] inNumber = new boolean[masked.length()];
        for (NumberClaim claim : NumberClaim.findAll(masked)) {
            NumberMention n = claim.mention();
            for (int i = n.start(); i < n.end(); i++) {
                inNumber[i] = true;
            }
            if (!sources.hasNumber(claim, Sentence.at(sentences, n.start()), aboutCompany)) {
                add(flags, "n:", text, n.start(), n.end(), field, InventionFlag.Kind.NUMBER, "not in your notes");
            }
        }
        for (Words.Token t : Words.tokens(masked)) {
            // "hourly" where the notes say daily is the same invention as "6 weeks" where they say six months
            if (RoleClaims.isFrequency(t.lower()) && !sources.hasOwnWord(t.lower())) {
                add(flags, "n:", text, t.start(), t.end(), field, InventionFlag.Kind.NUMBER, "not in your notes");
            }
        }
        for (List<Words.Token> group : nameGroups(masked, inNumber)) {
            Sentence sentence = Sentence.at(sentences, group.get(0).start());
            if (!nameSupported(group, sentence, aboutCompany)) {
                int start = group.get(0).start();
                add(flags, "w:", text, start, group.get(group.size() - 1).end(), field, InventionFlag.Kind.NAME, "not in your notes");
            }
        }
        for (Sentence sentence : sentences) {
            roles(sentence, text, field, flags);
        }
        return flags.values().stream()
                .sorted(java.util.Comparator.comparingInt(Positioned::start))
                .map(Positioned::flag)
                .toList();
    }

    /**
     * A name is the candidate's when their material holds it, unless that material only ever gives it as the
     * company's; a name only the research holds stands only beside another name from the same research text.
     */
    private boolean nameSupported(List<Words.Token> group, Sentence sentence, boolean aboutCompany) {
        List<String> lowers = group.stream().map(Words.Token::lower).toList();
        if (aboutCompany) {
            return (group.size() > 1 && sources.hasPhrase(lowers)) || lowers.stream().allMatch(sources::hasWord);
        }
        boolean own = (group.size() > 1 && sources.hasOwnPhrase(lowers)) || lowers.stream().allMatch(sources::hasOwnWord);
        if (own) {
            return !sentence.firstPerson() || lowers.stream().noneMatch(w -> sources.belongsToCompany(w, sentence));
        }
        if (group.size() > 1 && sources.hasPhrase(lowers) && !sentence.firstPerson()) {
            return true;
        }
        return group.stream().allMatch(t -> sources.hasOwnWord(t.lower()) || sources.researchBacks(t.lower(), sentence)
                || (sources.hasWord(t.lower()) && ordinaryOpener(t)));
    }

    /** "Separating" opening a sentence: an ordinary word the research happens to hold, capitalised by its place. */
    private static boolean ordinaryOpener(Words.Token t) {
        String w = t.text();
        boolean shaped = w.chars().skip(1).anyMatch(Character::isUpperCase) || w.chars().anyMatch(Character::isDigit);
        return t.sentenceStart() && !shaped && !SYSTEMS.contains(t.lower()) && Lexicon.isKnownWord(t.lower())
                && !Lexicon.isProperNoun(w);
    }

    /** Where the candidate worked, their title, whether they led a team: only as their own material says. */
    private void roles(Sentence sentence, String text, String field, Map<String, Positioned> flags) {
        if (!sentence.firstPerson() || sentence.hypothetical()) {
            return;
        }
        int offset = sentence.start();
        for (RoleClaims.Claim c : RoleClaims.employers(sentence.text())) {
            if (!sources.isEmployer(c.key())) {
                add(flags, "e:", text, offset + c.start(), offset + c.end(), field, InventionFlag.Kind.NAME,
                        "not in your notes as where you worked");
            }
        }
        for (RoleClaims.Claim c : RoleClaims.titles(sentence.text())) {
            if (!sources.hasOwnPhrase(List.of(c.key().split(" ")))) {
                add(flags, "t:", text, offset + c.start(), offset + c.end(), field, InventionFlag.Kind.NAME,
                        "not in your notes as your role");
            }
        }
        for (RoleClaims.Claim c : RoleClaims.leadership(sentence.text())) {
            if (!sources.hasOwnWord(c.key())) {
                add(flags, "t:", text, offset + c.start(), offset + c.end(), field, InventionFlag.Kind.NAME,
                        "not in your notes as your role");
            }
        }
    }

    private static void add(Map<String, Positioned> flags, String prefix, String text, int start, int end, String field,
                            InventionFlag.Kind kind, String why) {
        String written = text.substring(start, end).strip();
        flags.putIfAbsent(prefix + written.toLowerCase(Locale.ROOT),
                new Positioned(start, new InventionFlag(field, written, kind, why + ": \"" + written + "\"")));
    }

    private record Positioned(int start, InventionFlag flag) {
    }

    /** Runs of name-like words next to each other ("Adobe Analytics"), so a name is flagged once. */
    private List<List<Words.Token>> nameGroups(String masked, boolean[] inNumber) {
        List<List<Words.Token>> groups = new ArrayList<>();
        List<Words.Token> current = new ArrayList<>();
        Words.Token previous = null;
        for (Words.Token t : Words.tokens(masked)) {
            boolean name = !inNumber[t.start()] && isName(t);
            boolean adjacent = previous != null && masked.substring(previous.end(), t.start()).matches("[ \\t]");
            if (name && adjacent && !current.isEmpty()) {
                current.add(t);
            } else {
                if (!current.isEmpty()) {
                    groups.add(current);
                }
                current = new ArrayList<>();
                if (name) {
                    current.add(t);
                }
            }
            previous = t;
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    /**
     * Whether a word is a name: an inner capital (GitHub), all capitals (NPS), letters with digits
     * (S3), a known system in any case (dbt), or a capitalised word that is not an ordinary word. At
     * the start of a sentence a capital proves nothing, so there an ordinary-looking word passes.
     */
    boolean isName(Words.Token t) {
        String w = t.text();
        String lower = t.lower();
        if (FIRST_PERSON.contains(lower)) {
            return false;
        }
        boolean letters = false;
        boolean digits = false;
        int upper = 0;
        int letterCount = 0;
        boolean innerUpper = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                letterCount++;
                if (Character.isUpperCase(c)) {
                    upper++;
                    if (i > 0 && Character.isLetter(w.charAt(i - 1))) {
                        innerUpper = true;
                    }
                }
            } else if (Character.isDigit(c)) {
                digits = true;
            }
        }
        if (!letters) {
            return false;
        }
        if (digits || SYSTEMS.contains(lower)) {
            return true;
        }
        if (COMMON.contains(lower)) {
            return false;
        }
        if (innerUpper || (upper == letterCount && letterCount >= 2)) {
            return true;
        }
        if (!Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        if (sources.hasWord(lower)) {
            // known to the sources whatever it is; grouping still wants it as part of a name
            return true;
        }
        if (t.sentenceStart()) {
            // "October" and "London" are names wherever they stand; "Queries" and "Reduced" are not
            return Lexicon.isProperNoun(w) || !(Lexicon.isKnownWord(lower) || sources.hasStem(lower));
        }
        return true;
    }

    private static String mask(String text) {
        Matcher m = BRACKETS.matcher(text);
        StringBuilder sb = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /** The words of the shared list's sections, lower case. */
    private static Set<String> lowerCase(RuleFile file, String... sections) {
        Set<String> out = new java.util.HashSet<>();
        for (String section : sections) {
            file.lines(section).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(out);
    }
}
