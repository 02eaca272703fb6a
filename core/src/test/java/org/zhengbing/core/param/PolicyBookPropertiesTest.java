package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.region.RegionScope;
import org.zhengbing.core.testing.CoreGenerators;
import org.zhengbing.core.testing.GeneratedPolicy;
import org.zhengbing.core.testing.PolicyOracle;

/** Properties of resolution, layering and what-if overlays in {@link PolicyBook}. */
class PolicyBookPropertiesTest {

  private static final Gen<Pair<GeneratedPolicy, Overlay>> WITH_OVERLAY = rs -> {
    GeneratedPolicy p = CoreGenerators.generatedPolicies().generate(rs);
    return Pair.of(p, p.overlays().generate(rs));
  };

  private static ParameterKey<Datum> key(ParameterDefinition def) {
    return ParameterKey.of(def.key(), def.type());
  }

  @Test
  void resolvedValueIsTheLatestEffectiveOnOrBeforeTheDate() {
    qt().forAll(CoreGenerators.generatedPolicies()).checkAssert(p -> {
      for (ParameterDefinition def : p.definitions()) {
        for (RegionCode region : p.regions()) {
          for (LocalDate date : p.dates()) {
            Optional<ParameterEntry> expected = p.expected(def.key(), region, date);
            Optional<Resolved<Datum>> actual = p.book().find(key(def), region, date);
            assertMatches(p, def, region.toString(), date, expected, actual);
          }
        }
        for (LocalDate date : p.dates()) {
          Optional<ParameterEntry> expected = p.expected(def.key(), null, date);
          Optional<Resolved<Datum>> actual;
          try {
            actual = Optional.of(p.book().resolve(key(def), RegionScope.NATIONAL, date));
          } catch (ParameterNotFoundException e) {
            assertThat(e.key()).isEqualTo(def.key());
            assertThat(e.region()).isEqualTo("national");
            assertThat(e.date()).isEqualTo(date);
            actual = Optional.empty();
          }
          assertMatches(p, def, "national", date, expected, actual);
        }
      }
    });
  }

  private static void assertMatches(GeneratedPolicy p, ParameterDefinition def, String region, LocalDate date,
      Optional<ParameterEntry> expected, Optional<Resolved<Datum>> actual) {
    String where = def.key() + " for " + region + " on " + date;
    assertThat(actual.isPresent()).as("a value is found for %s", where).isEqualTo(expected.isPresent());
    if (expected.isEmpty()) {
      return;
    }
    ParameterEntry e = expected.get();
    Resolved<Datum> r = actual.get();
    assertThat(r.datum()).as("value of %s", where).isEqualTo(e.value());
    assertThat(r.value()).as("typed value of %s", where).isEqualTo(e.value());
    Provenance got = r.provenance();
    Provenance want = e.provenance();
    assertThat(got.key()).isEqualTo(def.key());
    assertThat(got.scope()).as("scope of %s", where).isEqualTo(want.scope());
    assertThat(got.effectiveFrom()).as("start of %s", where).isEqualTo(want.effectiveFrom());
    assertThat(got.effectiveUntil()).as("end of %s", where).isEqualTo(PolicyOracle.until(p.declared(), e));
    assertThat(got.citation()).as("citation of %s", where).isEqualTo(want.citation());
    assertThat(got.confidence()).as("confidence of %s", where).isEqualTo(want.confidence());
    assertThat(got.effective().contains(date)).as("%s is in force on the date", where).isTrue();
  }

  @Test
  void aMissingValueRaisesParameterNotFoundNamingKeyRegionAndDate() {
    qt().forAll(CoreGenerators.generatedPolicies()).checkAssert(p -> {
      for (ParameterDefinition def : p.definitions()) {
        for (RegionCode region : p.regions()) {
          for (LocalDate date : p.dates()) {
            if (p.expected(def.key(), region, date).isEmpty()) {
              assertThatThrownBy(() -> p.book().resolve(key(def), region, date))
                  .isInstanceOfSatisfying(ParameterNotFoundException.class, e -> {
                    assertThat(e.key()).isEqualTo(def.key());
                    assertThat(e.region()).isEqualTo(region.toString());
                    assertThat(e.date()).isEqualTo(date);
                  })
                  .hasMessageContaining("'" + def.key() + "'")
                  .hasMessageContaining(region.toString())
                  .hasMessageContaining(date.toString());
            }
          }
        }
      }
    });
  }

  @Test
  void mostSpecificCoveringScopeWins() {
    qt().forAll(CoreGenerators.generatedPolicies()).checkAssert(p -> {
      for (ParameterDefinition def : p.definitions()) {
        for (RegionCode region : p.regions()) {
          for (LocalDate date : p.dates()) {
            Optional<Resolved<Datum>> r = p.book().find(key(def), region, date);
            if (r.isEmpty()) {
              // then no covering scope has a value in force
              for (RegionScope s : p.scopes()) {
                if (s.covers(region)) {
                  assertThat(PolicyOracle.inForce(p.declared(), def.key(), s, date))
                      .as("%s for %s on %s is in force but was not found", def.key(), s, date).isNull();
                }
              }
              continue;
            }
            RegionScope won = r.get().provenance().scope();
            assertThat(won.covers(region)).as("the winning scope %s covers %s", won, region).isTrue();
            for (RegionScope s : p.scopes()) {
              if (s.covers(region) && s.specificity() > won.specificity()) {
                assertThat(PolicyOracle.inForce(p.declared(), def.key(), s, date))
                    .as("%s for %s on %s: the more specific scope %s has a value, yet %s won", def.key(), region,
                        date, s, won)
                    .isNull();
              }
            }
          }
        }
      }
    });
  }

  @Test
  void overlayChangesOnlyWhatItNames() {
    qt().forAll(WITH_OVERLAY).checkAssert(pair -> {
      GeneratedPolicy p = pair._1;
      Overlay overlay = pair._2;
      PolicyBook book = p.book();
      String writtenBefore = PolicyWriter.write(book);
      Map<String, Optional<Resolved<Datum>>> before = snapshot(p, book);

      PolicyBook whatIf = book.with(overlay);

      // the original is untouched
      assertThat(PolicyWriter.write(book)).isEqualTo(writtenBefore);
      assertThat(snapshot(p, book)).isEqualTo(before);
      assertThat(whatIf.definitions()).isEqualTo(book.definitions());
      assertThat(whatIf.domains()).isEqualTo(book.domains());

      for (ParameterDefinition def : p.definitions()) {
        boolean named = overlay.entries().stream().anyMatch(e -> e.key().equals(def.key()));
        for (RegionCode region : p.regions()) {
          for (LocalDate date : p.dates()) {
            boolean covered = overlay.entries().stream().anyMatch(e -> e.key().equals(def.key())
                && e.provenance().scope().covers(region) && e.provenance().effective().contains(date));
            if (covered) {
              continue;
            }
            Optional<Resolved<Datum>> was = before.get(def.key() + "|" + region + "|" + date);
            Optional<Resolved<Datum>> now = whatIf.find(key(def), region, date);
            String where = def.key() + " for " + region + " on " + date;
            if (!named) {
              assertThat(now).as("%s, not named by the overlay", where).isEqualTo(was);
              continue;
            }
            assertThat(now.isPresent()).as("%s is found", where).isEqualTo(was.isPresent());
            if (was.isPresent()) {
              Provenance a = was.get().provenance();
              Provenance b = now.get().provenance();
              assertThat(now.get().datum()).as(where).isEqualTo(was.get().datum());
              assertThat(b.scope()).as(where).isEqualTo(a.scope());
              assertThat(b.citation()).as(where).isEqualTo(a.citation());
              assertThat(b.confidence()).as(where).isEqualTo(a.confidence());
              // the range in force may be cut where the overlay takes over, but never extended
              assertThat(a.effective().encloses(b.effective())).as(where).isTrue();
              assertThat(b.effective().contains(date)).as(where).isTrue();
            }
          }
        }
      }

      // what it names is in force for its scope and period, the last of overlapping overlay values winning
      List<ParameterEntry> entries = overlay.entries();
      for (int i = 0; i < entries.size(); i++) {
        ParameterEntry e = entries.get(i);
        ParameterDefinition def = book.definition(e.key()).orElseThrow();
        List<LocalDate> probes = new ArrayList<>();
        probes.add(e.provenance().effectiveFrom());
        e.provenance().effectiveUntil().ifPresent(u -> probes.add(u.minusDays(1)));
        p.dates().stream().filter(d -> e.provenance().effective().contains(d)).forEach(probes::add);
        for (LocalDate date : probes) {
          ParameterEntry winner = e;
          for (int j = i + 1; j < entries.size(); j++) {
            ParameterEntry later = entries.get(j);
            if (later.key().equals(e.key()) && later.provenance().scope().equals(e.provenance().scope())
                && later.provenance().effective().contains(date)) {
              winner = later;
            }
          }
          Resolved<Datum> r = whatIf.resolve(key(def), e.provenance().scope(), date);
          assertThat(r.datum()).as("%s for %s on %s", e.key(), e.provenance().scope(), date)
              .isEqualTo(winner.value());
          assertThat(r.provenance().citation()).isEqualTo(winner.provenance().citation());
          assertThat(r.provenance().confidence()).isEqualTo(winner.provenance().confidence());
          assertThat(r.provenance().scope()).isEqualTo(e.provenance().scope());
        }
      }
    });
  }

  private static Map<String, Optional<Resolved<Datum>>> snapshot(GeneratedPolicy p, PolicyBook book) {
    Map<String, Optional<Resolved<Datum>>> out = new LinkedHashMap<>();
    for (ParameterDefinition def : p.definitions()) {
      for (RegionCode region : p.regions()) {
        for (LocalDate date : p.dates()) {
          out.put(def.key() + "|" + region + "|" + date, book.find(key(def), region, date));
        }
      }
    }
    return out;
  }
}
