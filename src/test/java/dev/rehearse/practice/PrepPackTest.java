package dev.rehearse.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepPackTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant GENERATED = Instant.parse("2025-03-02T18:30:00Z");

    @TempDir
    Path dataDir;

    private AttemptStore store() {
        return new AttemptStore(StoreOptions.forDataDir(dataDir).withClock(new SteppingClock(T0, Duration.ofMinutes(1))));
    }

    private static Attempt attempt(long id, Double score, int minute) {
        return new Attempt(id, "q:x", "x", "Q", "draft " + id, PracticeMode.CRITIQUE, "{}", score, 2, null,
                T0.plus(Duration.ofMinutes(minute)));
    }

    @Test
    void should_pick_the_highest_score_and_the_newer_attempt_on_a_tie() {
        // given
        Attempt low = attempt(1, 3.0, 0);
        Attempt highOld = attempt(2, 4.5, 1);
        Attempt highNew = attempt(3, 4.5, 2);
        Attempt unscoredNewest = attempt(4, null, 3);

        // when / then
        assertThat(PrepPack.best(List.of(unscoredNewest, highNew, highOld, low))).isEqualTo(highNew);
        assertThat(PrepPack.best(List.of(low, highOld, unscoredNewest))).isEqualTo(highOld);
        assertThat(PrepPack.best(List.of(attempt(5, null, 0), attempt(6, null, 5)))).extracting(Attempt::id).isEqualTo(6L);
    }

    /** A follow-ups report as the coach writes it. */
    static String followUpsReport(String question, String why, String source) {
        return "{\"question\":null,\"followUps\":[{\"rank\":1,\"question\":" + json(question) + ",\"why\":" + json(why)
                + ",\"origin\":\"gap\",\"basedOn\":[],\"prepareFrom\":" + passage(source, 12, 18) + "}]}";
    }

    /** A company-tie report as the coach writes it, with the model's parts beside it, as the server stores it. */
    static String tieReport(String company, String sentence, String source) {
        return "{\"company\":" + json(company) + ",\"research\":[],\"themesInResearch\":[],\"themesInDraft\":[],"
                + "\"missingThemes\":[],\"mentions\":[],\"bridges\":[{\"id\":\"bridge-1\",\"sentence\":" + json(sentence)
                + ",\"fact\":\"f\",\"theme\":\"\",\"citation\":" + passage(source, 3, 8) + "}],\"interviewerSaid\":[],"
                + "\"tied\":true,\"summary\":\"s\",\"llm\":null,\"llmNote\":null}";
    }

    private static String passage(String source, int start, int end) {
        return "{\"passageId\":\"p\",\"source\":" + json(source) + ",\"startLine\":" + start + ",\"endLine\":" + end
                + ",\"kind\":\"answer\",\"title\":\"t\"}";
    }

    @Test
    void should_write_each_question_with_its_best_attempt_follow_ups_and_company_ties() {
        try (AttemptStore store = store()) {
            // given
            store.save(new NewAttempt("p1", "Tell me about the PayPal pipeline", "I cut load time from 6 h to 40 min.\nThen I documented it.",
                    PracticeMode.FOLLOWUPS, followUpsReport("How did you measure the 40 minutes?", "a number was claimed",
                    "candidate/notes.txt"), null, "offline"));
            store.save(new NewAttempt("p1", "Tell me about the PayPal pipeline", "Shorter.", PracticeMode.TIE,
                    tieReport("Acme", "Acme links journeys to metrics such as NPS.", "company/product.md"), null, "offline"));
            store.save(new NewAttempt(null, "Why data engineering?", "", PracticeMode.ASK, "{\"answer\":{\"answer\":\"x\"}}", null, null));
            store.save(new NewAttempt(null, "Why Acme?", "Because.", PracticeMode.FOLLOWUPS, "{\"question\":null,\"followUps\":[]}",
                    null, null));

            // when
            String md = PrepPack.markdown(store, GENERATED, "Acme");

            // then: the Ask run is not in it
            assertThat(md).isEqualTo("""
                    # Rehearse prep pack

                    Generated 2025-03-02 18:30 UTC from 2 questions and 3 attempts.

                    ## 1. Tell me about the PayPal pipeline

                    **Best attempt:** not scored · tie · 2025-03-01 09:01 UTC · 2 attempts in all · offline

                    > Shorter.

                    ### Follow-ups to prepare

                    1. How did you measure the 40 minutes? *(a number was claimed)* Prepare from candidate/notes.txt lines 12–18.

                    ### Company ties

                    - Acme links journeys to metrics such as NPS. (source: company/product.md lines 3–8)

                    ## 2. Why Acme?

                    **Best attempt:** not scored · followups · 2025-03-01 09:03 UTC · 1 attempt in all

                    > Because.

                    ### Follow-ups to prepare

                    None yet: run Follow-ups on this question.

                    ### Company ties

                    None yet: run Tie to Acme's outcomes on this question.
                    """);
            assertThat(PrepPack.markdown(store, GENERATED, "Acme")).isEqualTo(md);
            assertThat(PrepPack.markdown(store, GENERATED, "")).contains("None yet: run Tie to the company's outcomes");
        }
    }

    @Test
    void should_show_the_history_written_by_the_version_whose_page_posted_its_reports() {
        // given
        LegacyHistory.copyInto(dataDir);
        try (AttemptStore store = AttemptStore.inDataDir(dataDir)) {
            // when
            String md = PrepPack.markdown(store, GENERATED, "TheyDo");

            // then: both practised questions, the best critique with its scores, follow-ups and ties; no Ask run
            assertThat(md).contains("from 2 questions and 8 attempts",
                    "## 1. Can you walk me through a data system you designed end-to-end",
                    "**Best attempt:** 2 / 5 · critique · 2026-12-01 09:03 UTC · 7 attempts in all · offline (TIMEOUT)",
                    "**Scores:** substance ", "### Follow-ups to prepare\n\n1. ", "Prepare from candidate/",
                    "### Company ties\n\n- ", "(source: company/", "## 2. Why do you want to work at TheyDo?")
                    .doesNotContain("could not be read", "None yet", "What does TheyDo sell?", "How does this tie", "## 3.");
        }
    }

    @Test
    void should_note_a_report_it_cannot_read_instead_of_failing() {
        try (AttemptStore store = store()) {
            // given
            List<String> odd = List.of("[]", "null", "42", "{\"followUps\":\"not a list\"}",
                    "{\"followUps\":[{\"why\":\"no question\"},{\"question\":7}],\"companyTie\":{\"bridges\":{\"sentence\":\"x\"}}}",
                    "{\"unclosed\": ");
            for (String report : odd) {
                store.save(new NewAttempt("x", "Q", "d", PracticeMode.CRITIQUE, report, 3.0, null));
            }

            // when
            String md = PrepPack.markdown(store, GENERATED, "Acme");

            // then
            assertThat(md).contains("The saved report could not be read", "None yet: run Follow-ups", "None yet: run Tie to Acme")
                    .doesNotContain("**Scores:**");
        }
    }

    @Test
    void should_say_so_when_there_is_nothing_to_export() {
        try (AttemptStore store = store()) {
            assertThat(PrepPack.markdown(store, GENERATED, "Acme"))
                    .isEqualTo("# Rehearse prep pack\n\nGenerated 2025-03-02 18:30 UTC. No attempts yet: practise a question first.\n");
        }
    }

    @Test
    void should_keep_the_pack_structure_whatever_markdown_or_html_the_user_text_holds() {
        // given
        String question = "# Injected heading\n## <script>alert(1)</script> C# & F# &amp; more #";
        List<String> draftLines = List.of(
                "Intro with *stars*, _underscores_, `code`, ~~strike~~ and a [link](javascript:alert(1)) ![img](x.png)",
                "# Not a heading",
                "---",
                "===",
                "- not a list",
                "+ nor this",
                "1. nor a numbered list",
                "2) nor this",
                "> not a quote",
                "```",
                "~~~",
                "<img src=x onerror=alert(1)>",
                "<div>html block</div>",
                "[ref]: http://example.com",
                "| a | b |",
                "|---|---|",
                "***",
                "&lt;entity&gt; &#60; R&D",
                "<http://autolink.example>",
                "Trailing backslash \\");
        String draft = "    " + String.join("\n", draftLines.subList(0, 10)) + "\n\n" + String.join("\n", draftLines.subList(10, draftLines.size()));
        String followUp = "- [x](javascript:alert(1))\n# and a heading";
        String md;
        try (AttemptStore store = store()) {
            store.save(new NewAttempt(null, question, draft, PracticeMode.FOLLOWUPS,
                    followUpsReport(followUp, "<b>bold</b>", "notes/[evil](x).md"), null, "model <x>"));
            store.save(new NewAttempt(null, question, draft, PracticeMode.TIE,
                    tieReport("<i>Co</i>", "1. ## <em>tie</em>", "company/a.md"), null, "model <x>"));

            // when
            md = PrepPack.markdown(store, GENERATED, "# <script>Co</script>");
        }
        Node doc = Parser.builder().build().parse(md);

        // then: exactly the pack's own headings, with the question as plain text
        List<String> headings = new ArrayList<>();
        walk(doc, n -> {
            if (n instanceof Heading h) {
                headings.add(h.getLevel() + " " + plainText(h));
            }
        });
        assertThat(headings).containsExactly("1 Rehearse prep pack",
                "2 1. " + question.replace("\n", " "),
                "3 Follow-ups to prepare",
                "3 Company ties");

        // then: no markup of any kind came out of user text
        walk(doc, n -> assertThat(n).isNotInstanceOfAny(HtmlBlock.class, HtmlInline.class, Link.class, Image.class, Code.class,
                FencedCodeBlock.class, IndentedCodeBlock.class, ThematicBreak.class, LinkReferenceDefinition.class));

        // then: the draft is one quote whose text is the draft's lines
        List<BlockQuote> quotes = new ArrayList<>();
        walk(doc, n -> {
            if (n instanceof BlockQuote q) {
                quotes.add(q);
            }
        });
        assertThat(quotes).hasSize(1);
        List<String> expectedLines = new ArrayList<>(draftLines.stream().map(String::strip).toList());
        expectedLines.add(10, "");
        assertThat(plainText(quotes.get(0))).isEqualTo(String.join("\n", expectedLines));

        // then: one follow-up and one tie, each as one item of text
        List<ListItem> items = new ArrayList<>();
        walk(doc, n -> {
            if (n instanceof ListItem li) {
                items.add(li);
            }
        });
        assertThat(items).hasSize(2);
        assertThat(items.get(0).getParent()).isInstanceOf(OrderedList.class);
        assertThat(plainText(items.get(0))).isEqualTo(followUp.replace("\n", " ") + " (<b>bold</b>) Prepare from notes/[evil](x).md lines 12–18.");
        assertThat(plainText(items.get(1))).isEqualTo("1. ## <em>tie</em> (source: company/a.md lines 3–8)");
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            walk(child, visit);
        }
    }

    /** The text a reader sees: soft breaks as spaces, hard breaks as line breaks, paragraphs separated by a blank line. */
    private static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        collect(node, sb);
        return sb.toString();
    }

    private static void collect(Node node, StringBuilder sb) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (child instanceof SoftLineBreak) {
                sb.append(' ');
            } else if (child instanceof HardLineBreak) {
                sb.append('\n');
            } else {
                if (child instanceof org.commonmark.node.Paragraph && child.getPrevious() != null) {
                    sb.append("\n\n");
                }
                collect(child, sb);
            }
        }
    }
}
