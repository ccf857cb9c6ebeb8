package dev.rehearse.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word counting shared by the splitter, the coach and the page's speaking-time estimate. */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");

    private Words() {
    }

    public static int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
