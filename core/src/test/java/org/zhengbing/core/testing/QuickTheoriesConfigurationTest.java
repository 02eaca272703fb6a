package org.zhengbing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Checks that property tests run as the root pom says: QuickTheories reads the system properties {@code QT_SEED}
 * and {@code QT_EXAMPLES} (see {@code org.quicktheories.core.Configuration.systemStrategy()}, which {@code qt()}
 * uses), Surefire sets them from {@code qt.seed} and {@code qt.examples}, and a falsified property reports the
 * seed so the failure can be replayed with {@code mvn test -Dqt.seed=<seed>}.
 */
class QuickTheoriesConfigurationTest {

  @Test
  void surefireSetsTheSeedAndExampleCount() {
    assertThat(System.getProperty("QT_SEED")).as("QT_SEED, set by Surefire from the root pom's qt.seed")
        .isNotBlank().containsOnlyDigits();
    assertThat(System.getProperty("QT_EXAMPLES")).as("QT_EXAMPLES, set by Surefire from qt.examples")
        .isNotBlank().containsOnlyDigits();
  }

  @Test
  void propertiesRunTheConfiguredNumberOfExamples() {
    AtomicInteger runs = new AtomicInteger();
    qt().forAll(Generate.range(0, 1_000_000)).check(i -> runs.incrementAndGet() > 0);
    // QuickTheories 0.26 checks QT_EXAMPLES - 1 random values (its default without the property is 1000), so a
    // count of 199 or 200 with QT_EXAMPLES=200 shows the property is read.
    int examples = Integer.parseInt(System.getProperty("QT_EXAMPLES"));
    assertThat(runs.get()).isBetween(examples - 1, examples);
  }

  @Test
  void theSameSeedGeneratesTheSameValues() {
    StringBuilder first = new StringBuilder();
    StringBuilder second = new StringBuilder();
    qt().forAll(CoreGenerators.regionCodes()).check(c -> first.append(c).append(' ') != null);
    qt().forAll(CoreGenerators.regionCodes()).check(c -> second.append(c).append(' ') != null);
    assertThat(first.toString()).isEqualTo(second.toString()).isNotEmpty();
  }

  @Test
  void aFalsifiedPropertyReportsItsSeed() {
    Throwable failure = catchThrowable(() -> qt().forAll(Generate.range(0, 1_000_000)).check(i -> i < 10));
    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Property falsified")
        .hasMessageContaining("Seed was " + System.getProperty("QT_SEED"));
  }
}
