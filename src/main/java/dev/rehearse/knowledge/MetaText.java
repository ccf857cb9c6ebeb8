package dev.rehearse.knowledge;

import java.util.regex.Pattern;

/**
 * Sentences of research that talk about the research, the notes or the interview rather than about
 * the company ("this file…", "the research does not say…", "(notes, line 118)", "why it matters"):
 * a coach must never present them as something the candidate could say about the company.
 */
public final class MetaText {

    private static final Pattern META = Pattern.compile(String.join("|",
            "\\bthis (?:file|section|document|brief|page)\\b",
            "\\b(?:the|our|this) (?:research|notes?|brief)\\b",
            "\\bresearch (?:does|did) not\\b",
            "\\bdoes not say\\b",
            "\\bnotes?,? lines?\\b",
            "\\blines? \\d+\\s*[–-]",
            "\\bwhy (?:it|this) matters\\b",
            "\\bsums? up\\b",
            "\\bthe candidate\\b",
            "\\bthe interview(?:er)?\\b",
            "\\binference\\b",
            "\\bis not supported\\b",
            "\\bno (?:public )?source\\b",
            "\\bwe found\\b|\\bi found\\b|\\bnot seen\\b|\\b(?:was|were) found\\b",
            "\\bsee the \\S+ file\\b",
            "\\bgood material\\b",
            "\\bfor the interview\\b",
            "\\byou(?:r|'re|'ve)?\\b"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private MetaText() {
    }

    public static boolean isMeta(String sentence) {
        return META.matcher(sentence).find();
    }
}
