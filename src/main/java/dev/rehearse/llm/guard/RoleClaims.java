package dev.rehearse.llm.guard;

import dev.rehearse.text.ClaimVoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claims about who the candidate is rather than what they did: where they worked, what their title was,
 * whether they led a team, how often something ran. A name the notes hold as a system ("PayPal") is not
 * thereby the candidate's employer, and a role the notes give ("data engineer") does not back a senior one.
 */
final class RoleClaims {

    /** One claim: the words that make it ({@code key}, lower case) and where it was written. */
    record Claim(String key, int start, int end) {
    }

    private static final String NAME = "(?<name>\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:[ \\t]+(?!I(?![\\p{L}]))\\p{Lu}[\\p{L}\\p{N}.&-]*)*)";
    /** "at GoPuff", "joined Revolut", "worked for Amazon", "role at X": an organisation named as a workplace. */
    private static final Pattern EMPLOYER = Pattern.compile("(?<![\\p{L}])(?<!(?i:look|looked|looking|aimed|pointed)\\s)(?:(?i:at|joined|join)|(?i:work(?:ed|ing)?|role|job|position|employed)\\s+(?i:at|for|with|in))\\s+(?:(?i:the)\\s+)?" + NAME);
    /** Words that make a job title; "data engineer" alone is a role, "lead data engineer" a title. */
    private static final String TITLE_NOUN = "(?:engineer|lead|head\\s+of\\s+\\p{L}+|manager|director|architect|analyst|scientist|developer|cto|ceo|founder|vp(?:\\s+of)?\\s+\\p{L}+)";
    private static final Pattern TITLE = Pattern.compile("(?i)(?<![\\p{L}])(?:as|i'm|i’m|i\\s+am|i\\s+was|i've\\s+been|i’ve\\s+been|became|promoted\\s+to)"
            + "\\s+(?:(?:a|an|the|my|our|currently|now|team's|team’s|company's|company’s)\\s+)*"
            + "(?<title>(?:[\\p{L}-]+\\s+){0,3}?" + TITLE_NOUN + ")(?![\\p{L}])");
    private static final Pattern LED = Pattern.compile("(?i)(?<![\\p{L}])(?<verb>led|managed|headed|supervised)\\s+(?:(?:a|an|the|my|our)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:team|squad|group|department)s?(?![\\p{L}])");
    /** Words that would start a title but only describe its holder. */
    private static final Set<String> NOT_TITLE_START = Set.of("a", "an", "the", "good", "great", "strong", "better", "experienced", "reliable");
    private static final Set<String> FREQUENCIES = Set.of("hourly", "daily", "nightly", "weekly", "fortnightly", "monthly",
            "quarterly", "yearly", "annually", "annual");

    private RoleClaims() {
    }

    static boolean firstPerson(String sentence) {
        return ClaimVoice.firstPerson(sentence);
    }

    static boolean hypothetical(String sentence) {
        // sentences that imagine the future ("At TheyDo I'd …") claim no past workplace or title
        return ClaimVoice.hypothetical(sentence);
    }

    /** Organisations presented as a workplace, keyed by their lower-case name. */
    static List<Claim> employers(String text) {
        List<Claim> out = new ArrayList<>();
        Matcher m = EMPLOYER.matcher(text);
        while (m.find()) {
            String name = Words.stripPossessive(m.group("name").replaceAll("[.'’-]+$", ""));
            if (name.equals("I") || name.startsWith("I ")) {
                continue;
            }
            out.add(new Claim(name.toLowerCase(Locale.ROOT), m.start("name"), m.start("name") + name.length()));
        }
        return out;
    }

    /** Job titles the text gives someone ("as Lead Data Engineer"), keyed by the title's words. */
    static List<Claim> titles(String text) {
        List<Claim> out = new ArrayList<>();
        Matcher m = TITLE.matcher(text);
        while (m.find()) {
            String title = m.group("title").strip();
            String lower = title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (NOT_TITLE_START.contains(lower.split(" ")[0])) {
                continue;
            }
            out.add(new Claim(lower, m.start("title"), m.end("title")));
        }
        return out;
    }

    /** "I led a team" and its kin, keyed by the verb. */
    static List<Claim> leadership(String text) {
        List<Claim> out = new ArrayList<>();
        Matcher m = LED.matcher(text);
        while (m.find()) {
            out.add(new Claim(m.group("verb").toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return out;
    }

    /** How often something runs ("hourly", "monthly"): the same kind of claim as a duration. */
    static boolean isFrequency(String lower) {
        return FREQUENCIES.contains(lower);
    }
}
