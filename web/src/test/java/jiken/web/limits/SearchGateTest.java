package jiken.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.ServiceUnavailableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchGateTest {
  @Test
  void no_more_searches_run_at_once_than_permits_and_all_finish() throws Exception {
    SearchGate gate = new SearchGate(2, 10_000);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        results.add(pool.submit(() -> gate.run(() -> {
          most.accumulateAndGet(running.incrementAndGet(), Math::max);
          try {
            Thread.sleep(3);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          running.decrementAndGet();
          return n;
        })));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(most.get()).isEqualTo(2);
    assertThat(gate.waiting()).isZero();
  }

  @Test
  void a_search_that_cannot_start_in_time_is_answered_busy_and_a_failing_one_frees_its_permit() throws Exception {
    SearchGate gate = new SearchGate(1, 50);
    Holder holder = Holder.start(gate, false);
    assertThatThrownBy(() -> gate.run(() -> "late")).isInstanceOf(ServiceUnavailableResponse.class)
        .satisfies(e -> assertThat(((ServiceUnavailableResponse) e).getStatus()).isEqualTo(503));
    holder.release();
    assertThatThrownBy(() -> gate.run(() -> {
      throw new IllegalStateException("index closed");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(gate.run(() -> "after")).isEqualTo("after");
  }

  @Test
  void misuse_is_refused() {
    assertThatThrownBy(() -> new SearchGate(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SearchGate(1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(SearchGate.forThisMachine().waiting()).isZero();
  }

  @Test
  void a_cheap_search_passes_full_ones_in_the_fast_lane_and_a_second_one_queues() throws Exception {
    SearchGate gate = new SearchGate(1, 200);
    Holder full = Holder.start(gate, false);
    try {
      assertThat(gate.run(() -> 7, true)).as("cheap, fast lane free").isEqualTo(7);
      assertThatThrownBy(() -> gate.run(() -> 8, false)).isInstanceOf(ServiceUnavailableResponse.class);
      // the fast lane taken by one cheap search, another cheap one queues for the full permit
      Holder lane = Holder.start(gate, true);
      assertThatThrownBy(() -> gate.run(() -> 9, true)).isInstanceOf(ServiceUnavailableResponse.class);
      lane.release();
      assertThat(gate.run(() -> 10, true)).isEqualTo(10);
    } finally {
      full.release();
    }
  }

  /** A search on another thread that holds its permit (full or fast lane) until released. */
  private record Holder(Thread thread, CountDownLatch done) {
    static Holder start(SearchGate gate, boolean cheap) throws InterruptedException {
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Thread t = new Thread(() -> gate.run(() -> {
        holding.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return null;
      }, cheap));
      t.start();
      assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
      return new Holder(t, release);
    }

    void release() throws InterruptedException {
      done.countDown();
      thread.join(5_000);
    }
  }
}
