package educheck.checker.run;

import educheck.checker.load.RuleSet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

class RuleSetConcurrencyTest {

    /**
     * Districts of different jurisdictions checked in parallel ask for their kbases at once. Drools deadlocks when
     * two kbases of one module are created concurrently; this once hung a whole run. The limit below is a liveness
     * check (a deadlock never ends), not a speed target.
     */
    @Test
    void kbasesRequestedFromManyThreadsAtOnceAreAllBuilt() throws Exception {
        RuleSet rules = RuleSet.bundled();
        List<String> jurisdictions = rules.jurisdictions();
        ExecutorService pool = Executors.newFixedThreadPool(jurisdictions.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<KieBase>> built = new ArrayList<>();
            for (String j : jurisdictions) {
                built.add(pool.submit(() -> {
                    start.await();
                    return rules.kieBase(j);
                }));
            }
            start.countDown();
            for (int i = 0; i < built.size(); i++) {
                assertThat(built.get(i).get(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS))
                        .as(jurisdictions.get(i)).isSameAs(rules.kieBase(jurisdictions.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
