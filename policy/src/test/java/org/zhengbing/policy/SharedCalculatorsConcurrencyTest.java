package org.zhengbing.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.ConscriptionScheduler;
import org.zhengbing.calendar.Sex;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.policy.benefit.BenefitTotals;
import org.zhengbing.policy.benefit.BenefitsCalculator;
import org.zhengbing.policy.eligibility.EligibilityChecker;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.testing.ProfileGen;

/**
 * The shared calculators used from 8 threads at once give exactly the single-threaded results: one
 * {@link PolicyBook} (the sample regions), one {@link BenefitsCalculator}, one {@link EligibilityChecker} and one
 * {@link ConscriptionScheduler}, asked about a thousand generated profiles and (region, year, date) inputs over
 * nine years of six regions' calendars by every thread, each in its own order, all released together. Results are
 * compared with {@code equals} (accounts with their explanations, verdicts, calendars, deadlines, batch totals),
 * and a failure is compared too (its class and message).
 */
@Tag("stress")
class SharedCalculatorsConcurrencyTest {

  private static final int THREADS = 8;
  private static final int PROFILES = 1_000;

  private static final PolicyBook BOOK = PolicySets.sampleRegions();
  private static final BenefitsCalculator BENEFITS = BenefitsCalculator.of(BOOK);
  private static final EligibilityChecker ELIGIBILITY = EligibilityChecker.of(BOOK);
  private static final ConscriptionScheduler SCHEDULER = ConscriptionScheduler.of(BOOK, WorkdayCalendar.bundled());

  /** The outcome of a call: its result or its failure, comparable with equals. */
  private record Outcome(Object result) {
    static Outcome of(java.util.function.Supplier<Object> call) {
      try {
        return new Outcome(call.get());
      } catch (RuntimeException e) {
        return new Outcome(e.getClass().getName() + ": " + e.getMessage());
      }
    }
  }

  /** Runs a task on every thread, all released together; returns each thread's result. */
  static <T> List<T> runTogether(int threads, IntFunction<T> task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int id = t;
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return task.apply(id);
        }));
      }
      ready.await();
      go.countDown();
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get(5, TimeUnit.MINUTES));
      }
      return out;
    } catch (Exception e) {
      throw new AssertionError("a thread failed", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Asks every question in each thread's own order and checks each answer against the single-threaded one. */
  private static void compare(List<java.util.function.Supplier<Object>> questions) {
    List<Outcome> expected = new ArrayList<>();
    for (java.util.function.Supplier<Object> q : questions) {
      expected.add(Outcome.of(q));
    }
    List<List<Outcome>> perThread = runTogether(THREADS, t -> {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < questions.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(t));
      Outcome[] out = new Outcome[questions.size()];
      for (int i : order) {
        out[i] = Outcome.of(questions.get(i));
      }
      return List.of(out);
    });
    for (int t = 0; t < THREADS; t++) {
      for (int i = 0; i < questions.size(); i++) {
        if (!perThread.get(t).get(i).equals(expected.get(i))) {
          throw new AssertionError("thread " + t + " answered question " + i + " with " + perThread.get(t).get(i)
              + ", but one thread alone answered " + expected.get(i));
        }
      }
    }
  }

  private static List<CandidateProfile> profiles() {
    List<CandidateProfile> profiles = new ArrayList<>();
    qt().withExamples(PROFILES).withShrinkCycles(0).forAll(ProfileGen.sampleProfiles()).checkAssert(profiles::add);
    assertThat(profiles).hasSize(PROFILES);
    return profiles;
  }

  @Test
  void benefitsAndEligibilityFromEightThreadsAreTheSingleThreadedResults() {
    List<CandidateProfile> profiles = profiles();
    List<java.util.function.Supplier<Object>> questions = new ArrayList<>();
    int[] calculated = {0};
    for (CandidateProfile p : profiles) {
      questions.add(() -> BENEFITS.calculate(p));
      questions.add(() -> ELIGIBILITY.check(p));
      questions.add(() -> ELIGIBILITY.checkAsVolunteer(p));
      if (Outcome.of(() -> BENEFITS.calculate(p)).result() instanceof
          org.zhengbing.policy.benefit.EnlistmentBenefits) {
        calculated[0]++;
      }
    }
    // the profiles are calculable, not a list of identical failures
    assertThat(calculated[0]).isGreaterThan(PROFILES * 9 / 10);
    compare(questions);
  }

  @Test
  void batchTotalsFromEightThreadsAreTheSingleThreadedResults() {
    List<CandidateProfile> profiles = profiles();
    List<java.util.function.Supplier<Object>> questions = new ArrayList<>();
    for (int from = 0; from < profiles.size(); from += 100) {
      List<CandidateProfile> slice = profiles.subList(from, from + 100);
      questions.add(() -> BENEFITS.totals(slice));
    }
    Object whole = Outcome.of(() -> BENEFITS.totals(profiles)).result();
    assertThat(whole).isInstanceOf(BenefitTotals.class);
    assertThat(((BenefitTotals) whole).size()).isEqualTo(PROFILES);
    questions.add(() -> BENEFITS.totals(profiles));
    compare(questions);
  }

  @Test
  void calendarsFromEightThreadsAreTheSingleThreadedResults() {
    List<RegionCode> regions = List.of(RegionCode.of("500116"), RegionCode.of("510100"), RegionCode.of("110000"),
        RegionCode.of("430100"), RegionCode.of("350583"), RegionCode.of("330106"));
    List<java.util.function.Supplier<Object>> questions = new ArrayList<>();
    int laidOut = 0;
    for (RegionCode region : regions) {
      for (int year = 2019; year <= 2027; year++) {
        int y = year;
        questions.add(() -> SCHEDULER.schedule(y, region));
        laidOut += Outcome.of(() -> SCHEDULER.schedule(y, region)).result() instanceof String ? 0 : 1;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == y; d = d.plusDays(11)) {
          LocalDate date = d;
          questions.add(() -> SCHEDULER.phasesOn(region, date));
          questions.add(() -> SCHEDULER.nextDeadline(region, date, Sex.MALE));
          questions.add(() -> SCHEDULER.seasonOf(region, date));
        }
      }
    }
    // the bundled calendar and holiday data lay out five of these years in every region; the others fail alike
    assertThat(laidOut).isEqualTo(regions.size() * 5);
    assertThat(questions).hasSizeGreaterThan(5_000);
    compare(questions);
  }
}
