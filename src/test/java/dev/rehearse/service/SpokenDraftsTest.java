package dev.rehearse.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.coach.report.SpokenDelivery;
import dev.rehearse.voice.DeliveryFigures;
import dev.rehearse.voice.FillerCount;
import dev.rehearse.voice.Pause;
import dev.rehearse.voice.SpokenAnswers;
import dev.rehearse.voice.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The id a spoken draft carries, turned into what the server measured, never into anything the client sent. */
class SpokenDraftsTest {

    private static final DeliveryFigures FIGURES = new DeliveryFigures("Um, so, um, I rebuilt it.", 45_000L, 8, Verdict.BELOW,
            Verdict.BELOW, List.of(new Pause(3_000, 1_600), new Pause(9_000, 2_400)),
            List.of(new FillerCount("um", 2, List.of(0, 8)), new FillerCount("so", 1, List.of(4))), 0, null);

    @Test
    void should_give_the_kept_figures_in_the_coach_terms_when_the_id_is_known() {
        // given
        SpokenDrafts drafts = new SpokenDrafts(new SpokenAnswers());
        String id = drafts.answers().keep(FIGURES);

        // when
        SpokenDelivery spoken = drafts.of(new DraftRequest("Why us?", "I rebuilt it.", null, false, id));

        // then: 3 fillers over 45 s are 4.0 a minute
        assertThat(spoken).isEqualTo(new SpokenDelivery("Um, so, um, I rebuilt it.", 45_000L, 8, 2, 2_400L, 3, 4.0, 0));
    }

    @Test
    void should_give_nothing_for_a_typed_draft_and_refuse_an_unknown_id() {
        // given
        SpokenDrafts drafts = new SpokenDrafts(new SpokenAnswers());

        // when / then
        assertThat(drafts.of(DraftRequest.of("Why us?", "typed"))).isNull();
        assertThatThrownBy(() -> drafts.of(new DraftRequest("Why us?", "typed", null, false, "made-up")))
                .isInstanceOf(SpokenDrafts.UnknownRecordingException.class)
                .hasMessageContaining("spokenId 'made-up'").hasMessageContaining("record the answer again");
    }

    @Test
    void should_leave_the_timed_figures_out_when_the_recording_was_not_measured() {
        // given
        DeliveryFigures untimed = new DeliveryFigures("Um, yes.", null, null, null, null, null,
                List.of(new FillerCount("um", 1, List.of(0))), 0, "not measured");

        // when
        SpokenDelivery spoken = SpokenDrafts.toSpoken(untimed);

        // then
        assertThat(spoken).isEqualTo(new SpokenDelivery("Um, yes.", null, null, null, null, 1, null, 0));
        assertThat(spoken.timed()).isFalse();
    }
}
