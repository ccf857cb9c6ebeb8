package dev.rehearse.text;

import java.util.regex.Pattern;

/**
 * The shapes of a word that mark it as a name whatever its place in a sentence: CamelCase ("TheyDo",
 * "dbtCloud") and short acronyms ("AWS", "KPIs"). One definition, so the knowledge's names and the
 * draft's names are recognised alike.
 */
public final class NameShapes {

    private static final Pattern CAMEL = Pattern.compile("\\p{Lu}+\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*|\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]{1,5}s?");

    private NameShapes() {
    }

    public static boolean isCamelCase(String word) {
        return CAMEL.matcher(word).matches();
    }

    /** Two to six capitals or digits after a capital, with an optional plural "s". */
    public static boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches();
    }
}
