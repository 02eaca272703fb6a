package org.zhengbing.core.testing;

import static org.zhengbing.core.testing.CoreGenerators.between;
import static org.zhengbing.core.testing.CoreGenerators.chance;
import static org.zhengbing.core.testing.CoreGenerators.pad;
import static org.zhengbing.core.testing.CoreGenerators.pick;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.param.EnumDomain;
import org.zhengbing.core.param.Overlay;
import org.zhengbing.core.param.ParameterDefinition;
import org.zhengbing.core.param.ParameterEntry;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.PolicyWriter;
import org.zhengbing.core.region.AdminLevel;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.region.RegionScope;

/**
 * A generated policy store together with what built it: the enumerations, definitions and declared entries, the
 * scopes used, and regions and dates worth asking about (every boundary of every value, and a day either side).
 *
 * <p>Its text form is the store written as a policy file, so a failing property shows the whole store.
 */
public final class GeneratedPolicy {

  private static final LocalDate FIRST_FROM = LocalDate.of(1990, 1, 1);
  private static final LocalDate LAST_FROM = LocalDate.of(2040, 12, 31);

  private final PolicyBook book;
  private final ImmutableMap<String, EnumDomain> domains;
  private final ImmutableList<ParameterDefinition> definitions;
  private final ImmutableList<ParameterEntry> declared;
  private final ImmutableList<RegionScope> scopes;
  private final ImmutableList<RegionCode> regions;
  private final ImmutableSortedSet<LocalDate> dates;

  private GeneratedPolicy(PolicyBook book, ImmutableMap<String, EnumDomain> domains,
      ImmutableList<ParameterDefinition> definitions, ImmutableList<ParameterEntry> declared,
      ImmutableList<RegionScope> scopes, ImmutableList<RegionCode> regions, ImmutableSortedSet<LocalDate> dates) {
    this.book = book;
    this.domains = domains;
    this.definitions = definitions;
    this.declared = declared;
    this.scopes = scopes;
    this.regions = regions;
    this.dates = dates;
  }

  static GeneratedPolicy generate(RandomnessSource rs) {
    // enumerations
    Map<String, EnumDomain> domains = new LinkedHashMap<>();
    int domainCount = between(rs, 0, 2);
    for (int i = 0; i < domainCount; i++) {
      EnumDomain d = CoreGenerators.enumDomains(i == 0 ? "education" : "merit").generate(rs);
      domains.put(d.name(), d);
    }
    // a region family: a township (sometimes of a prefecture-level city without counties), its chain, and an
    // unrelated province
    RegionCode parent = chance(rs, 15) ? RegionCode.of(pick(rs, List.of("441900", "442000", "460400")))
        : CoreGenerators.bundledRegionCodes(AdminLevel.COUNTY).generate(rs);
    RegionCode township = RegionCode.of(parent + pad(between(rs, 1, 999), 3));
    List<RegionScope> scopes = new ArrayList<>();
    scopes.add(RegionScope.NATIONAL);
    for (RegionCode r = township; ; r = r.parent().orElseThrow()) {
      if (r.level() != AdminLevel.TOWNSHIP || chance(rs, 30)) {
        scopes.add(RegionScope.of(r));
      }
      if (r.parent().isEmpty()) {
        break;
      }
    }
    RegionCode elsewhere = RegionCode.of(township.province().toString().startsWith("11") ? "120000" : "110000");
    scopes.add(RegionScope.of(elsewhere));

    // definitions and values
    PolicyBook.Builder builder = PolicyBook.builder();
    domains.values().forEach(builder::domain);
    List<ParameterDefinition> definitions = new ArrayList<>();
    List<ParameterEntry> declared = new ArrayList<>();
    int definitionCount = between(rs, 1, 4);
    for (int i = 0; i < definitionCount; i++) {
      ParameterDefinition.Builder b = ParameterDefinition.builder().key("p" + i + ".value")
          .type(CoreGenerators.parameterTypes(ImmutableList.copyOf(domains.values())).generate(rs))
          .label(CoreGenerators.localizedTexts().generate(rs));
      if (chance(rs, 30)) {
        b.unit(CoreGenerators.texts().generate(rs));
      }
      if (chance(rs, 30)) {
        b.description(CoreGenerators.localizedTexts().generate(rs));
      }
      ParameterDefinition def = b.build();
      definitions.add(def);
      builder.define(def);
      Gen<org.zhengbing.core.explain.Datum> values = CoreGenerators.data(def.type(), domains);
      for (RegionScope scope : scopes) {
        if (!chance(rs, 60)) {
          continue;
        }
        TreeSet<LocalDate> froms = new TreeSet<>();
        int count = between(rs, 1, 3);
        Gen<LocalDate> fromDates = CoreGenerators.withEdges(CoreGenerators.datesBetween(FIRST_FROM, LAST_FROM),
            List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 9, 1), LocalDate.of(2000, 1, 1)));
        for (int j = 0; j < count; j++) {
          froms.add(fromDates.generate(rs));
        }
        for (LocalDate from : froms) {
          LocalDate next = froms.higher(from);
          Provenance.Builder p = Provenance.builder().key(def.key()).scope(scope).effectiveFrom(from)
              .citation(CoreGenerators.citations().generate(rs)).confidence(CoreGenerators.confidences()
                  .generate(rs));
          if (chance(rs, 40)) {
            long maxDays = next == null ? 3000 : next.toEpochDay() - from.toEpochDay();
            p.effectiveUntil(from.plusDays(between(rs, 1L, maxDays)));
          }
          ParameterEntry e = ParameterEntry.of(values.generate(rs), p.build());
          declared.add(e);
          builder.add(e);
        }
      }
    }

    // regions and dates to ask about
    List<RegionCode> regions = new ArrayList<>();
    regions.add(RegionCode.of(township + pad(between(rs, 1, 999), 3)));
    for (RegionCode r = township; ; r = r.parent().orElseThrow()) {
      regions.add(r);
      if (r.parent().isEmpty()) {
        break;
      }
    }
    regions.add(elsewhere);
    regions.add(CoreGenerators.bundledRegionCodes().generate(rs));
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (ParameterEntry e : declared) {
      LocalDate from = e.provenance().effectiveFrom();
      dates.add(from.minusDays(1));
      dates.add(from);
      e.provenance().effectiveUntil().ifPresent(u -> {
        dates.add(u.minusDays(1));
        dates.add(u);
      });
    }
    for (int i = 0; i < 3; i++) {
      dates.add(CoreGenerators.dates().generate(rs));
    }
    return new GeneratedPolicy(builder.build(), ImmutableMap.copyOf(domains), ImmutableList.copyOf(definitions),
        ImmutableList.copyOf(declared), ImmutableList.copyOf(scopes), ImmutableList.copyOf(regions),
        ImmutableSortedSet.copyOf(dates));
  }

  /**
   * Returns a generator of what-if overlays over this policy: one to three values of its parameters (sometimes of
   * a parameter with no value yet), each for one of its scopes and a period that may be open-ended, and may
   * overlap each other and existing values.
   *
   * @return the generator, never null
   */
  public Gen<Overlay> overlays() {
    return rs -> {
      Overlay.Builder b = Overlay.builder();
      int n = between(rs, 1, 3);
      for (int i = 0; i < n; i++) {
        ParameterDefinition def = pick(rs, definitions);
        RegionScope scope = pick(rs, scopes);
        LocalDate from = chance(rs, 50) && !dates.isEmpty() ? pick(rs, dates.asList())
            : CoreGenerators.datesBetween(FIRST_FROM, LAST_FROM).generate(rs);
        LocalDate until = chance(rs, 30) ? null : from.plusDays(between(rs, 1L, 4000L));
        b.put(def.key(), scope, from, until, CoreGenerators.data(def.type(), domains).generate(rs),
            CoreGenerators.citations().generate(rs), CoreGenerators.confidences().generate(rs));
      }
      return b.build();
    };
  }

  /**
   * Returns the store.
   *
   * @return the store, never null
   */
  public PolicyBook book() {
    return book;
  }

  /**
   * Returns the enumerations by name.
   *
   * @return the enumerations, never null
   */
  public ImmutableMap<String, EnumDomain> domains() {
    return domains;
  }

  /**
   * Returns the definitions.
   *
   * @return the definitions, never null
   */
  public ImmutableList<ParameterDefinition> definitions() {
    return definitions;
  }

  /**
   * Returns the entries as added to the builder, with explicit ends only.
   *
   * @return the entries, never null
   */
  public ImmutableList<ParameterEntry> declared() {
    return declared;
  }

  /**
   * Returns the scopes values were drawn from: national, the region family's chain and an unrelated province.
   *
   * @return the scopes, never null
   */
  public ImmutableList<RegionScope> scopes() {
    return scopes;
  }

  /**
   * Returns regions worth asking about: a village, its township, county, prefecture and province, an unrelated
   * province and a random bundled region.
   *
   * @return the regions, never null
   */
  public ImmutableList<RegionCode> regions() {
    return regions;
  }

  /**
   * Returns dates worth asking about: every start and end of a value, the day before each, and random dates.
   *
   * @return the dates, never null
   */
  public ImmutableSortedSet<LocalDate> dates() {
    return dates;
  }

  /**
   * Returns the oracle's answer for a region and date.
   *
   * @param key  the key, not null
   * @param region  the region, or null for national values only
   * @param date  the date, not null
   * @return the entry in force, or empty
   */
  public Optional<ParameterEntry> expected(String key, RegionCode region, LocalDate date) {
    return PolicyOracle.resolve(declared, key, region, date);
  }

  @Override
  public String toString() {
    try {
      return "GeneratedPolicy:\n" + PolicyWriter.write(book);
    } catch (RuntimeException e) {
      return "GeneratedPolicy" + declared;
    }
  }
}
