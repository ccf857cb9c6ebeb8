package dev.rehearse.llm.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void should_bound_a_whole_call_by_every_attempt_and_the_longest_wait_before_each_retry() {
        // given: two retries; the longest wait it accepts is a server's Retry-After of 20 s
        RetryPolicy policy = RetryPolicy.of(2);

        // when
        Duration longest = policy.longestCall(Duration.ofSeconds(60));

        // then: three exchanges of 60 s and two waits of 20 s
        assertThat(longest).isEqualTo(Duration.ofSeconds(3 * 60 + 2 * 20));
    }

    @Test
    void should_bound_a_call_without_retries_by_one_exchange() {
        assertThat(RetryPolicy.of(0).longestCall(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    }
}
