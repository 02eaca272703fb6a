package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.region.AdminLevel;
import org.zhengbing.core.region.Region;
import org.zhengbing.core.region.RegionCatalog;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.region.RegionScope;
import org.zhengbing.core.testing.CoreGenerators;
import org.zhengbing.core.testing.PolicyOracle;

/**
 * The shared stores used from 8 threads at once give exactly the single-threaded results: a {@link PolicyBook}
 * (the national defaults with a generated layer of regional values over them) and the bundled
 * {@link RegionCatalog}, asked about tens of thousands of (key, region, date) inputs by every thread, each in its
 * own order, all released together. The single-threaded results are themselves checked against the brute-force
 * {@link PolicyOracle}. The lazily loaded {@link PolicyBook#nationalDefaults()} and {@link RegionCatalog#bundled()}
 * are also first touched by 8 threads at once, in fresh class loaders, and every thread gets the same instance with
 * the same contents.
 */
@Tag("stress")
class SharedStoresConcurrencyTest {

  private static final int THREADS = 8;
  private static final int INPUTS = 20_000;
  private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  /** The days from 1900-01-01 to 2200-12-31, both included. */
  private static final int DAYS = 109_938;

  /** One question asked of the shared stores. */
  private record Input(ParameterKey<Datum> key, RegionCode region, LocalDate date) {}

  /** Everything the stores answer to one input; compared with equals. */
  private record Outcome(Optional<Resolved<Datum>> found, String resolved, String national,
      Optional<Region> region, ImmutableList<Region> children, boolean contained) {}

  /** A store layered over the national defaults, with the entries that built it and the questions to ask. */
  private record Layered(PolicyBook book, List<ParameterEntry> declared, List<Input> inputs) {
    @Override
    public String toString() {
      return "Layered[" + book + ", " + declared.size() + " declared, " + inputs.size() + " inputs]";
    }
  }

  private static Outcome ask(PolicyBook book, RegionCatalog catalog, Input in) {
    String resolved;
    try {
      Resolved<Datum> r = book.resolve(in.key(), in.region(), in.date());
      resolved = r.datum() + " " + r.provenance();
    } catch (ParameterNotFoundException e) {
      resolved = e.getMessage();
    }
    String national;
    try {
      national = book.resolve(in.key(), RegionScope.NATIONAL, in.date()).toString();
    } catch (ParameterNotFoundException e) {
      national = e.getMessage();
    }
    return new Outcome(book.find(in.key(), in.region(), in.date()), resolved, national, catalog.find(in.region()),
        catalog.children(in.region()), catalog.contains(in.region()));
  }

  /** The national defaults with generated values for their parameters at regional scopes, and inputs. */
  private static Gen<Layered> layeredStores() {
    return rs -> {
      // bulk choices from a Random seeded by the property's randomness; values of a type from the generators
      long seed = CoreGenerators.longs().generate(rs);
      Random random = new Random(seed);
      PolicyBook base = PolicyBook.nationalDefaults();
      List<RegionCode> counties = regions(AdminLevel.COUNTY);
      java.util.Set<RegionScope> scopes = new java.util.LinkedHashSet<>();
      for (int i = 0; i < 6; i++) {
        RegionCode county = counties.get(random.nextInt(counties.size()));
        RegionCode township = RegionCode.of(county + String.format("%03d", 1 + random.nextInt(999)));
        RegionCode village = RegionCode.of(township + String.format("%03d", 1 + random.nextInt(999)));
        List<RegionCode> chain = List.of(county.province(), county.parent().orElseThrow(), county, township,
            village);
        scopes.add(RegionScope.of(chain.get(random.nextInt(chain.size()))));
      }
      PolicyBook.Builder builder = base.toBuilder();
      List<ParameterEntry> declared = new ArrayList<>(base.declared());
      List<LocalDate> boundaries = new ArrayList<>();
      for (ParameterDefinition def : base.definitions().values()) {
        for (RegionScope scope : scopes) {
          if (random.nextInt(3) != 0) {
            continue;
          }
          TreeSet<LocalDate> froms = new TreeSet<>();
          for (int j = 1 + random.nextInt(3); j > 0; j--) {
            froms.add(LocalDate.of(1990, 1, 1).plusDays(random.nextInt(365 * 50)));
          }
          for (LocalDate from : froms) {
            LocalDate next = froms.higher(from);
            Provenance.Builder p = Provenance.builder().key(def.key()).scope(scope).effectiveFrom(from)
                .citation(org.zhengbing.core.explain.Citation.of("生成的地方文件 " + seed))
                .confidence(org.zhengbing.core.explain.Confidence.ILLUSTRATIVE);
            if (random.nextBoolean()) {
              long room = next == null ? 4000 : next.toEpochDay() - from.toEpochDay();
              LocalDate until = from.plusDays(1 + random.nextInt((int) room));
              p.effectiveUntil(until);
              boundaries.add(until);
            }
            Datum value = CoreGenerators.data(def.type(), base.domains()).generate(rs);
            ParameterEntry e = ParameterEntry.of(value, p.build());
            builder.add(e);
            declared.add(e);
            boundaries.add(from);
          }
        }
      }
      PolicyBook book = builder.build();
      for (ParameterEntry e : base.entries()) {
        boundaries.add(e.provenance().effectiveFrom());
      }
      List<ParameterKey<Datum>> keys = new ArrayList<>();
      for (ParameterDefinition def : book.definitions().values()) {
        keys.add(ParameterKey.of(def.key(), def.type()));
      }
      List<RegionCode> regions = new ArrayList<>();
      for (RegionScope s : scopes) {
        RegionCode r = s.region().orElseThrow();
        regions.add(r);
        r.parent().ifPresent(regions::add);
        if (r.level() == AdminLevel.COUNTY || r.level() == AdminLevel.TOWNSHIP) {
          regions.add(RegionCode.of(r + "001"));
        }
      }
      regions.addAll(regions(AdminLevel.PROVINCE));
      for (int i = 0; i < 40; i++) {
        regions.add(CoreGenerators.regionCodes().generate(rs));
      }
      List<Input> inputs = new ArrayList<>();
      for (int i = 0; i < INPUTS; i++) {
        LocalDate date = random.nextBoolean() ? boundaries.get(random.nextInt(boundaries.size()))
            .plusDays(random.nextInt(3) - 1) : FIRST.plusDays(random.nextInt(DAYS));
        inputs.add(new Input(keys.get(random.nextInt(keys.size())), regions.get(random.nextInt(regions.size())),
            date));
      }
      return new Layered(book, declared, inputs);
    };
  }

  private static List<RegionCode> regions(AdminLevel level) {
    return RegionCatalog.bundled().regions().stream().map(Region::code).filter(c -> c.level() == level)
        .collect(ImmutableList.toImmutableList());
  }

  @Test
  void eightThreadsGetExactlyTheSingleThreadedResults() {
    RegionCatalog catalog = RegionCatalog.bundled();
    qt().withExamples(3).withShrinkCycles(0).forAll(layeredStores()).checkAssert(layered -> {
      PolicyBook book = layered.book();
      List<Input> inputs = layered.inputs();
      List<Outcome> expected = new ArrayList<>();
      int found = 0;
      for (Input in : inputs) {
        Outcome o = ask(book, catalog, in);
        expected.add(o);
        // the single-threaded answer is the oracle's
        Optional<ParameterEntry> oracle = PolicyOracle.resolve(layered.declared(), in.key().name(), in.region(),
            in.date());
        assertThat(o.found().map(Resolved::datum)).as("%s", in).isEqualTo(oracle.map(ParameterEntry::value));
        found += o.found().isPresent() ? 1 : 0;
      }
      // the inputs hit values and miss them, at every scope
      assertThat(found).isBetween(inputs.size() / 10, inputs.size() * 9 / 10);
      assertThat(expected.stream().filter(o -> o.found().isPresent()).map(o -> o.found().get().provenance()
          .scope().specificity()).distinct().count()).isGreaterThanOrEqualTo(3);

      List<List<Outcome>> perThread = runTogether(THREADS, t -> {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(t));
        Outcome[] out = new Outcome[inputs.size()];
        for (int i : order) {
          out[i] = ask(book, catalog, inputs.get(i));
        }
        return List.of(out);
      });
      for (int t = 0; t < THREADS; t++) {
        List<Outcome> actual = perThread.get(t);
        for (int i = 0; i < inputs.size(); i++) {
          if (!actual.get(i).equals(expected.get(i))) {
            throw new AssertionError("thread " + t + " answered " + inputs.get(i) + " with " + actual.get(i)
                + ", but one thread alone answered " + expected.get(i));
          }
        }
      }
    });
  }

  @Test
  void lazyDefaultsAreLoadedOnceUnderContention() throws Exception {
    String expectedDefaults = PolicyWriter.write(PolicyBook.nationalDefaults());
    String expectedCatalog = RegionCatalog.bundled().regions().toString();
    for (int round = 0; round < 3; round++) {
      // a fresh loader, so that the holders' class initialisation really happens here, under contention
      try (URLClassLoader loader = isolatedCoreLoader()) {
        Class<?> book = Class.forName("org.zhengbing.core.param.PolicyBook", false, loader);
        Class<?> catalog = Class.forName("org.zhengbing.core.region.RegionCatalog", false, loader);
        Class<?> writer = Class.forName("org.zhengbing.core.param.PolicyWriter", false, loader);
        assertThat(book).isNotSameAs(PolicyBook.class);
        Method defaults = book.getMethod("nationalDefaults");
        Method bundled = catalog.getMethod("bundled");
        // half the threads touch the policy first, half the catalogue
        List<List<Object>> got = runTogether(THREADS, t -> t % 2 == 0
            ? List.of(defaults.invoke(null), bundled.invoke(null))
            : List.of(bundled.invoke(null), defaults.invoke(null)));
        Object firstBook = got.get(0).get(0);
        Object firstCatalog = got.get(0).get(1);
        for (List<Object> pair : got) {
          assertThat(pair).hasSize(2);
          Object b = book.isInstance(pair.get(0)) ? pair.get(0) : pair.get(1);
          Object c = book.isInstance(pair.get(0)) ? pair.get(1) : pair.get(0);
          assertThat(b).isSameAs(firstBook);
          assertThat(c).isSameAs(firstCatalog);
        }
        assertThat(writer.getMethod("write", book).invoke(null, firstBook)).isEqualTo(expectedDefaults);
        assertThat(catalog.getMethod("regions").invoke(firstCatalog).toString()).isEqualTo(expectedCatalog);
      }
    }
  }

  /** A loader that defines core's classes itself, from the same class files, and delegates everything else. */
  private static URLClassLoader isolatedCoreLoader() {
    URL classes = PolicyBook.class.getProtectionDomain().getCodeSource().getLocation();
    return new URLClassLoader(new URL[] {classes}, SharedStoresConcurrencyTest.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith("org.zhengbing.core.")) {
          return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
          Class<?> c = findLoadedClass(name);
          if (c == null) {
            c = findClass(name);
          }
          if (resolve) {
            resolveClass(c);
          }
          return c;
        }
      }
    };
  }

  private interface Task<T> {
    T run(int thread) throws Exception;
  }

  /** Runs a task on {@code n} threads released at the same moment, and returns each thread's result. */
  private static <T> List<T> runTogether(int n, Task<T> task) {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch ready = new CountDownLatch(n);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        int thread = t;
        Callable<T> c = () -> {
          ready.countDown();
          go.await();
          return task.run(thread);
        };
        futures.add(pool.submit(c));
      }
      ready.await();
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(Objects.requireNonNull(f.get(2, TimeUnit.MINUTES)));
      }
      return results;
    } catch (Exception e) {
      throw new AssertionError("a thread failed: " + e, e);
    } finally {
      pool.shutdownNow();
    }
  }
}
