package dev.rehearse.coach;

import dev.rehearse.coach.report.Delivery;
import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.LengthTarget;
import dev.rehearse.coach.report.LengthVerdict;
import dev.rehearse.coach.report.PhraseFinding;
import dev.rehearse.coach.report.SpokenDelivery;
import dev.rehearse.coach.text.PhraseList;
import dev.rehearse.coach.text.Sentence;
import dev.rehearse.coach.text.Span;
import java.util.ArrayList;
import java.util.List;

/** The delivery of a draft: hedges, fillers, long sentences and length against the type's target. */
final class DeliveryAnalyzer {

    Delivery analyze(AnalysisContext ctx) {
        CoachRules rules = ctx.rules;
        String text = ctx.text();
        List<PhraseList.Match> exceptions = rules.hedgeExceptions.find(text);
        List<PhraseFinding> hedges = phrases(ctx, PhraseListSupport.withoutCovered(rules.hedges.find(text), exceptions), FindingKind.HEDGE);
        List<PhraseList.Match> fillerMatches = new ArrayList<>();
        for (PhraseList.Match m : PhraseListSupport.withoutCovered(rules.fillers.find(text), exceptions)) {
            // a filler inside a hedge ("I think" holds no filler, but "just" inside "not just" is excepted above)
            boolean insideHedge = hedges.stream().anyMatch(h -> h.span().start() <= m.start() && m.end() <= h.span().end());
            if (!insideHedge) {
                fillerMatches.add(m);
            }
        }
        List<PhraseFinding> fillers = phrases(ctx, fillerMatches, FindingKind.FILLER);
        List<PhraseFinding> longSentences = new ArrayList<>();
        for (Sentence s : ctx.draft.sentences()) {
            if (s.words() > rules.longSentenceWords) {
                boolean veryLong = s.words() > rules.veryLongSentenceWords;
                longSentences.add(new PhraseFinding(ctx.ids.next(FindingKind.LONG_SENTENCE), FindingKind.LONG_SENTENCE, s.span(),
                        s.words() + " words in one sentence" + (veryLong ? ": too long to follow when spoken." : ": long to say in one breath."),
                        "Split it where the idea turns; one idea a sentence."));
            }
        }
        int words = ctx.draft.wordCount();
        LengthTarget target = ctx.profile.target();
        return new Delivery(words, ctx.draft.sentences().size(), LengthTarget.seconds(words, target.wordsPerMinute()), target,
                verdict(words, target), hedges, fillers, longSentences);
    }

    /**
     * The delivery of a draft that was spoken: the length is judged by the recording's measured seconds instead
     * of the words at the target's rate, since a slow or rushed speaker takes a different time over the same words.
     */
    static Delivery spoken(Delivery typed, SpokenDelivery spoken) {
        if (!spoken.timed()) {
            return new Delivery(typed.wordCount(), typed.sentenceCount(), typed.speakingSeconds(), typed.target(), typed.length(),
                    typed.hedges(), typed.fillers(), typed.longSentences(), spoken);
        }
        int seconds = (int) Math.round(spoken.durationMs() / 1000.0);
        LengthTarget t = typed.target();
        LengthVerdict length = seconds < t.minSeconds() * 0.5 ? LengthVerdict.FAR_TOO_SHORT
                : seconds < t.minSeconds() ? LengthVerdict.TOO_SHORT
                : seconds > t.maxSeconds() * 1.5 ? LengthVerdict.FAR_TOO_LONG
                : seconds > t.maxSeconds() ? LengthVerdict.TOO_LONG
                : LengthVerdict.WITHIN_TARGET;
        return new Delivery(typed.wordCount(), typed.sentenceCount(), seconds, t, length, typed.hedges(), typed.fillers(),
                typed.longSentences(), spoken);
    }

    static LengthVerdict verdict(int words, LengthTarget target) {
        if (words < target.minWords() * 0.5) {
            return LengthVerdict.FAR_TOO_SHORT;
        }
        if (words < target.minWords()) {
            return LengthVerdict.TOO_SHORT;
        }
        if (words > target.maxWords() * 1.5) {
            return LengthVerdict.FAR_TOO_LONG;
        }
        if (words > target.maxWords()) {
            return LengthVerdict.TOO_LONG;
        }
        return LengthVerdict.WITHIN_TARGET;
    }

    private static List<PhraseFinding> phrases(AnalysisContext ctx, List<PhraseList.Match> matches, FindingKind kind) {
        List<PhraseFinding> out = new ArrayList<>();
        for (PhraseList.Match m : matches) {
            Span span = ctx.span(m.start(), m.end());
            String label = kind == FindingKind.HEDGE ? "Hedge" : "Filler";
            out.add(new PhraseFinding(ctx.ids.next(kind), kind, span, label + ": \"" + span.text() + "\".", m.entry().suggestion()));
        }
        return out;
    }
}
