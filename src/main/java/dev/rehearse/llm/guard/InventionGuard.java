package dev.rehearse.llm.guard;

import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.llm.reply.InventionFlag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags what a model wrote that the candidate's material does not hold: every number, proper noun and
 * named system in a suggested text must appear in the draft, the notes or the research. A pure
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

    /** The flags for one piece of suggested text, in order of appearance, each distinct text once. */
    public List<InventionFlag> check(String field, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String masked = mask(text);
        Map<String, Positioned> flags = new LinkedHashMap<>();
        List<NumberMention> numbers = NumberMention.findAll(masked);
        boolean[] inNumber = new boolean[masked.length()];
        for (NumberMention n : numbers) {
            for (int i = n.start(); i < n.end(); i++) {
                inNumber[i] = true;
            }
            if (!sources.hasNumber(n)) {
                String written = text.substring(n.start(), n.end()).strip();
                flags.putIfAbsent("n:" + written.toLowerCase(Locale.ROOT),
                        new Positioned(n.start(), flag(field, written, InventionFlag.Kind.NUMBER)));
            }
        }
        for (List<Words.Token> group : nameGroups(masked, inNumber)) {
            List<String> lowers = group.stream().map(Words.Token::lower).toList();
            if (group.size() > 1 && sources.hasPhrase(lowers)) {
                continue;
            }
            // one unknown word makes the whole name unknown: "Acme Payments" is flagged whole
            if (group.stream().anyMatch(t -> !sources.hasWord(t.lower()))) {
                int start = group.get(0).start();
                String written = text.substring(start, group.get(group.size() - 1).end());
                flags.putIfAbsent("w:" + written.toLowerCase(Locale.ROOT),
                        new Positioned(start, flag(field, written, InventionFlag.Kind.NAME)));
            }
        }
        return flags.values().stream()
                .sorted(java.util.Comparator.comparingInt(Positioned::start))
                .map(Positioned::flag)
                .toList();
    }

    private record Positioned(int start, InventionFlag flag) {
    }

    private static InventionFlag flag(String field, String written, InventionFlag.Kind kind) {
        return new InventionFlag(field, written, kind, "not in your notes: \"" + written + "\"");
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
