package dev.rehearse.llm.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every form a server may echo the key in comes out masked, and the rest of the message stays. */
class KeyRedactorTest {

    private static final String KEY = "sk-proj/Ab+Cd=EfGh0123456789wxyz";
    private final KeyRedactor redactor = new KeyRedactor(KEY);

    private void assertMasked(String echoed) {
        // when
        String out = redactor.redact("upstream said: " + echoed + " (rejected)");

        // then
        assertThat(out).startsWith("upstream said: ").endsWith(" (rejected)").contains(KeyRedactor.MASK);
        String rest = out.substring("upstream said: ".length(), out.length() - " (rejected)".length());
        // no piece left between masks is long enough to carry a usable part of the key
        assertThat(rest.split(Pattern.quote(KeyRedactor.MASK)))
                .as("what is left of %s: %s", echoed, rest)
                .allSatisfy(piece -> assertThat(piece.strip().length()).isLessThan(KeyRedactor.MIN_RUN));
    }

    @Test
    void should_mask_the_exact_key() {
        assertMasked(KEY);
    }

    @Test
    void should_mask_the_key_lower_cased_and_upper_cased() {
        assertMasked(KEY.toLowerCase(Locale.ROOT));
        assertMasked(KEY.toUpperCase(Locale.ROOT));
    }

    @Test
    void should_mask_the_key_in_base64_standard_and_url_safe_at_any_alignment() {
        assertMasked(Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.UTF_8)));
        assertMasked(Base64.getUrlEncoder().encodeToString(KEY.getBytes(StandardCharsets.UTF_8)));
        // as in a Basic header, where "user:" shifts the key inside the three-byte groups
        assertMasked(Base64.getEncoder().encodeToString(("u:" + KEY).getBytes(StandardCharsets.UTF_8)));
        assertMasked(Base64.getEncoder().encodeToString(("us:" + KEY).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void should_mask_the_key_url_encoded() {
        String encoded = URLEncoder.encode(KEY, StandardCharsets.UTF_8);
        assertThat(encoded).isNotEqualTo(KEY);
        assertMasked(encoded);
    }

    @Test
    void should_mask_the_key_percent_encoded_byte_by_byte() {
        StringBuilder every = new StringBuilder();
        for (byte b : KEY.getBytes(StandardCharsets.UTF_8)) {
            every.append(String.format(Locale.ROOT, "%%%02x", b));
        }
        assertMasked(every.toString());
    }

    @Test
    void should_mask_the_key_split_by_whitespace() {
        assertMasked(KEY.substring(0, 10) + " " + KEY.substring(10, 20) + "\n  " + KEY.substring(20));
    }

    @Test
    void should_mask_a_long_prefix_of_the_key() {
        assertMasked(KEY.substring(0, KEY.length() - 5));
        assertMasked(KEY.substring(0, KeyRedactor.MIN_RUN));
    }

    @Test
    void should_leave_text_without_the_key_alone() {
        // given
        String text = "Incorrect API key provided. You can find your key at https://platform.openai.com.";

        // when
        String out = redactor.redact(text);

        // then
        assertThat(out).isEqualTo(text);
    }
}
