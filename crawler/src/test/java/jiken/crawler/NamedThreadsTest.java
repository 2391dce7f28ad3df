package jiken.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedThreadsTest {
  @Test
  void threads_are_numbered_daemons_that_run_the_task() throws InterruptedException {
    NamedThreads factory = new NamedThreads("jiken-crawl");
    boolean[] ran = new boolean[1];
    Thread first = factory.newThread(() -> ran[0] = true);
    Thread second = factory.newThread(() -> { });
    assertThat(first.getName()).isEqualTo("jiken-crawl-1");
    assertThat(second.getName()).isEqualTo("jiken-crawl-2");
    assertThat(first.isDaemon()).isTrue();
    first.start();
    first.join();
    assertThat(ran[0]).isTrue();
  }
}
