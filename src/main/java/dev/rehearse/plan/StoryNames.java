package dev.rehearse.plan;

import dev.rehearse.coach.text.RuleFile;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names that anchor a story to one place: an employer, a system, a product ("at Acme", "the Stripe export").
 * Two answers set in the same named place with their own actions tell one story between them. A name is a word
 * with a capital past its first letter or a capitalised word inside a sentence, less the words that are
 * capitalised for other reasons (days, "I'm"), acronyms, and the company being interviewed for, which every answer
 * names.
 */
final class StoryNames {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’&.-]*[\\p{L}\\p{N}]|[\\p{L}]");
    private static final Set<String> COMMON = common();

    private final Set<String> excluded = new HashSet<>();

    StoryNames(List<String> excluded) {
        excluded.forEach(e -> this.excluded.add(e.toLowerCase(Locale.ROOT)));
    }

    Set<String> in(List<String> sentences) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : sentences) {
            Matcher m = WORD.matcher(s);
            boolean first = true;
            while (m.find()) {
                String w = m.group();
                if (isName(w, first)) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
                first = false;
            }
        }
        return out;
    }

    private boolean isName(String w, boolean first) {
        if (w.length() < 3 || COMMON.contains(w) || excluded.contains(w.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // an acronym ("SaaS", "KPIs", "API") names a kind of thing, not the one place a story happened
        for (String part : w.split("-")) {
            long upper = part.chars().filter(Character::isUpperCase).count();
            long letters = part.chars().filter(Character::isLetter).count();
            if (upper > 0 && upper * 2 >= letters) {
                return false;
            }
        }
        boolean innerCapital = w.substring(1).chars().anyMatch(Character::isUpperCase)
                && w.chars().anyMatch(Character::isLowerCase);
        return innerCapital || !first && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).anyMatch(Character::isLowerCase);
    }

    private static Set<String> common() {
        Set<String> out = new HashSet<>();
        RuleFile file = RuleFile.load("common-capitalised.txt");
        for (String section : file.sections()) {
            out.addAll(file.lines(section));
        }
        return out;
    }
}
