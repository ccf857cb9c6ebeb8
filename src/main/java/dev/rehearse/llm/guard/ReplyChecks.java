package dev.rehearse.llm.guard;

import dev.rehearse.llm.reply.Citation;
import dev.rehearse.llm.reply.CritiqueIssue;
import dev.rehearse.llm.reply.InventionFlag;
import dev.rehearse.llm.reply.LlmAnswer;
import dev.rehearse.llm.reply.LlmCompanyTie;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.reply.LlmFollowUp;
import dev.rehearse.llm.reply.LlmFollowUps;
import dev.rehearse.llm.reply.LlmReply;
import dev.rehearse.llm.reply.RubricScore;
import dev.rehearse.llm.reply.TieBridge;
import dev.rehearse.llm.request.CoachRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What Rehearse checks on every model result before the user sees it: citations must name passages
 * that were sent, suggested text must hold no number or name the sources lack (text the candidate would say
 * about themselves only what their own material holds), quotes must be from
 * the draft, and scores must be on the 1–5 scale.
 */
public final class ReplyChecks {

    private final InventionGuard guard;
    private final String draft;
    private final String rawDraft;
    private final Function<String, String> passageText;

    public ReplyChecks(SourceFacts knowledge, CoachRequest request) {
        this(knowledge, request, id -> "");
    }

    /** @param passageText a passage's text by id ("" when unknown), to check that a bridge uses what it cites */
    public ReplyChecks(SourceFacts knowledge, CoachRequest request, Function<String, String> passageText) {
        // the offline facts are left out on purpose: they hold targets and counts ("150-300 words"),
        // not facts about the candidate, and anything they quote from the notes is in the knowledge
        List<String> own = List.of(request.question(), request.draft());
        this.guard = new InventionGuard(knowledge.with(SourceFacts.of(own)));
        this.draft = normalise(request.draft());
        this.rawDraft = request.draft() == null ? "" : request.draft();
        this.passageText = passageText;
    }

    public LlmReply<LlmCritique> critique(LlmCritique raw, List<Citation> retrieved, List<String> notes) {
        CitationMarkers markers = new CitationMarkers(retrieved.size());
        List<String> allNotes = new ArrayList<>(notes);
        LlmCritique c = clampScores(raw, allNotes).mapText(markers::clean);
        c = c.withCitations(markers.keep(c.citations()));
        List<InventionFlag> flags = new ArrayList<>(guard.check("revisedAnswer", c.revisedAnswer()));
        for (int i = 0; i < c.issues().size(); i++) {
            CritiqueIssue issue = c.issues().get(i);
            flags.addAll(guard.check("issues[" + i + "].fix", issue.fix()));
            if (issue.quote() != null && !issue.quote().isBlank() && !draft.contains(quoteCore(issue.quote()))) {
                flags.add(new InventionFlag("issues[" + i + "].quote", issue.quote(), InventionFlag.Kind.QUOTE,
                        "not in your draft: \"" + issue.quote() + "\""));
            }
        }
        return reply(c, markers, flags, allNotes, retrieved);
    }

    public LlmReply<LlmFollowUps> followUps(LlmFollowUps raw, List<Citation> retrieved, List<String> notes) {
        CitationMarkers markers = new CitationMarkers(retrieved.size());
        List<LlmFollowUp> cleaned = new ArrayList<>();
        List<InventionFlag> flags = new ArrayList<>();
        for (int i = 0; i < raw.followUps().size(); i++) {
            LlmFollowUp f = raw.followUps().get(i);
            LlmFollowUp c = new LlmFollowUp(markers.clean(f.question()), markers.clean(f.whyTheyAsk()),
                    markers.clean(f.howToPrepare()), markers.keep(f.citations()));
            flags.addAll(guard.checkAboutCompany("followUps[" + i + "].howToPrepare", c.howToPrepare()));
            cleaned.add(c);
        }
        return reply(new LlmFollowUps(cleaned), markers, flags, notes, retrieved);
    }

    public LlmReply<LlmCompanyTie> companyTie(LlmCompanyTie raw, List<Citation> retrieved, List<String> notes) {
        CitationMarkers markers = new CitationMarkers(retrieved.size());
        List<TieBridge> cleaned = new ArrayList<>();
        List<InventionFlag> flags = new ArrayList<>();
        int unused = 0;
        for (int i = 0; i < raw.bridges().size(); i++) {
            TieBridge b = raw.bridges().get(i);
            TieBridge c = new TieBridge(markers.clean(b.sentence()), markers.clean(b.tiesTo()), markers.keep(b.citations()));
            if (!BridgeUse.usesCited(c.sentence() + " " + c.tiesTo(), rawDraft, citedTexts(c.citations(), retrieved))) {
                unused++;
                continue;
            }
            flags.addAll(guard.check("bridges[" + i + "].sentence", c.sentence()));
            flags.addAll(guard.checkAboutCompany("bridges[" + i + "].tiesTo", c.tiesTo()));
            cleaned.add(c);
        }
        List<String> allNotes = new ArrayList<>(notes);
        if (unused > 0) {
            allNotes.add(unused + (unused == 1 ? " bridge cited a passage it does not use and was" : " bridges cited passages they do not use and were")
                    + " dropped.");
        }
        return reply(new LlmCompanyTie(markers.clean(raw.summary()), cleaned), markers, flags, allNotes, retrieved);
    }

    /** The texts of the cited passages that are known, by their numbers among the sent passages. */
    private List<String> citedTexts(List<Integer> numbers, List<Citation> retrieved) {
        List<String> out = new ArrayList<>();
        for (Citation c : retrieved) {
            if (numbers.contains(c.n())) {
                String text = passageText.apply(c.passage().passageId());
                if (text != null && !text.isBlank()) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    public LlmReply<LlmAnswer> answer(String text, List<Citation> retrieved, List<String> notes) {
        CitationMarkers markers = new CitationMarkers(retrieved.size());
        String cleaned = markers.clean(text);
        List<InventionFlag> flags = guard.checkAboutCompany("answer", cleaned);
        return reply(new LlmAnswer(cleaned), markers, flags, notes, retrieved);
    }

    private static <T> LlmReply<T> reply(T result, CitationMarkers markers, List<InventionFlag> flags, List<String> notes,
                                         List<Citation> retrieved) {
        List<String> allNotes = new ArrayList<>(notes);
        if (markers.dropped() > 0) {
            allNotes.add(markers.dropped() + (markers.dropped() == 1 ? " citation named a passage" : " citations named passages")
                    + " that was not sent to the model and " + (markers.dropped() == 1 ? "was" : "were") + " dropped.");
        }
        return new LlmReply<>(result, markers.resolve(retrieved), markers.dropped(), flags, allNotes, retrieved);
    }

    private static LlmCritique clampScores(LlmCritique c, List<String> notes) {
        RubricScore[] scores = {c.substance(), c.structure(), c.relevance(), c.credibility(), c.delivery()};
        boolean clamped = false;
        for (int i = 0; i < scores.length; i++) {
            RubricScore s = scores[i];
            if (s != null && (s.score() < 1 || s.score() > 5)) {
                scores[i] = new RubricScore(Math.max(1, Math.min(5, s.score())), s.reason());
                clamped = true;
            }
        }
        if (clamped) {
            notes.add("A score outside 1–5 was brought back onto the scale.");
        }
        return new LlmCritique(c.summary(), scores[0], scores[1], scores[2], scores[3], scores[4], c.strengths(), c.issues(),
                c.revisedAnswer(), c.citations());
    }

    /** A quote without the quotation marks and ellipses a model puts round it. */
    private static String quoteCore(String quote) {
        return normalise(quote).replaceAll("^[\\s\"'.…]+|[\\s\"'.…]+$", "");
    }

    /** Quotes are compared loosely: case, curly quotes and runs of spaces do not matter. */
    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replaceAll("\\s+", " ")
                .strip();
    }
}
