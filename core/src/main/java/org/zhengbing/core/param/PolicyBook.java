package org.zhengbing.core.param;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import com.google.common.collect.TreeRangeMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.region.RegionScope;

/**
 * An immutable store of cited, time-versioned parameters: the definitions, the enumerations that key tables, and
 * every value with its region scope, effective dates, citation and confidence.
 *
 * <p>{@link #resolve(ParameterKey, RegionCode, LocalDate)} finds the value in force: the most specific scope that
 * covers the region and has a value in force on the date wins (county over prefecture over province over
 * national); within a scope, the latest value effective on or before the date. A value without an explicit end is
 * in force until the next value of the same key and scope takes effect.
 *
 * <p>Stores layer: {@link #withFile(Path)} reads a region's policy file over this store; {@link #with(Overlay)}
 * replaces values for a period and region in a what-if copy. The original is never changed.
 *
 * <p>Lookups use an index built once, when the store is built: no parsing, reflection or string building per
 * lookup. This class is immutable and thread-safe.
 */
public final class PolicyBook {

  private static final Comparator<ParameterEntry> ENTRY_ORDER = Comparator
      .comparing((ParameterEntry e) -> e.provenance().key())
      .thenComparing(e -> e.provenance().scope())
      .thenComparing(e -> e.provenance().effectiveFrom());

  private final ImmutableMap<String, EnumDomain> domains;
  private final ImmutableMap<String, ParameterDefinition> definitions;
  /** The entries as declared (explicit ends only); layering appends to these. */
  private final ImmutableList<ParameterEntry> declared;
  /** The entries with their effective ranges, sorted by key, scope and date. */
  private final ImmutableList<ParameterEntry> entries;
  private final ImmutableMap<String, KeyIndex> index;

  private PolicyBook(ImmutableMap<String, EnumDomain> domains, ImmutableMap<String, ParameterDefinition> definitions,
      ImmutableList<ParameterEntry> declared, Map<String, Map<RegionScope, RangeMap<LocalDate, ParameterEntry>>> maps) {
    this.domains = domains;
    this.definitions = definitions;
    this.declared = declared;
    ImmutableMap.Builder<String, KeyIndex> idx = ImmutableMap.builder();
    List<ParameterEntry> all = new ArrayList<>();
    for (ParameterDefinition def : definitions.values()) {
      Map<RegionScope, RangeMap<LocalDate, ParameterEntry>> byScope = maps.getOrDefault(def.key(), Map.of());
      idx.put(def.key(), new KeyIndex(def, byScope));
      for (RangeMap<LocalDate, ParameterEntry> m : byScope.values()) {
        all.addAll(m.asMapOfRanges().values());
      }
    }
    all.sort(ENTRY_ORDER);
    this.entries = ImmutableList.copyOf(all);
    this.index = idx.build();
  }

  private static final class KeyIndex {
    final ParameterDefinition definition;
    final @Nullable ImmutableRangeMap<LocalDate, ParameterEntry> national;
    final ImmutableMap<RegionCode, ImmutableRangeMap<LocalDate, ParameterEntry>> regional;

    KeyIndex(ParameterDefinition definition, Map<RegionScope, RangeMap<LocalDate, ParameterEntry>> byScope) {
      this.definition = definition;
      ImmutableRangeMap<LocalDate, ParameterEntry> nat = null;
      ImmutableMap.Builder<RegionCode, ImmutableRangeMap<LocalDate, ParameterEntry>> reg = ImmutableMap.builder();
      for (Map.Entry<RegionScope, RangeMap<LocalDate, ParameterEntry>> e : byScope.entrySet()) {
        ImmutableRangeMap<LocalDate, ParameterEntry> m = ImmutableRangeMap.copyOf(e.getValue());
        if (e.getKey().isNational()) {
          nat = m;
        } else {
          reg.put(e.getKey().region().orElseThrow(), m);
        }
      }
      this.national = nat;
      this.regional = reg.build();
    }

    @Nullable ParameterEntry lookup(@Nullable RegionCode region, LocalDate date) {
      if (region != null && !regional.isEmpty()) {
        RegionCode r = region;
        while (true) {
          ImmutableRangeMap<LocalDate, ParameterEntry> m = regional.get(r);
          if (m != null) {
            ParameterEntry e = m.get(date);
            if (e != null) {
              return e;
            }
          }
          Optional<RegionCode> parent = r.parent();
          if (parent.isEmpty()) {
            break;
          }
          r = parent.get();
        }
      }
      return national == null ? null : national.get(date);
    }
  }

  private static final PolicyBook EMPTY = new Builder().build();

  /**
   * The bundled national policy files, read in this order: general defaults (sources, enumerations, calendar,
   * ages, benefits rules), the calendar's phase layout and date-arithmetic rule, then the quota and assessment
   * defaults.
   */
  static final ImmutableList<String> BUNDLED = ImmutableList.of("national-defaults.yaml", "national-calendar.yaml",
      "national-quota.yaml", "national-assessment.yaml");

  private static final class Defaults {
    static final PolicyBook INSTANCE = loadDefaults();

    private static PolicyBook loadDefaults() {
      PolicyBook book = EMPTY;
      for (String name : BUNDLED) {
        try (InputStream in = PolicyBook.class.getResourceAsStream(name)) {
          if (in == null) {
            throw new IllegalStateException("bundled national policy is missing from the jar: " + name);
          }
          book = PolicyReader.read(in, "zhengbing-core:" + name, book);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return book;
    }
  }

  /**
   * Returns an empty store.
   *
   * @return the empty store, never null
   */
  public static PolicyBook empty() {
    return EMPTY;
  }

  /**
   * Returns the bundled national defaults: every national figure Zhengbing can cite (see the README for the list
   * and each value's confidence).
   *
   * @return the national defaults, never null
   */
  public static PolicyBook nationalDefaults() {
    return Defaults.INSTANCE;
  }

  /**
   * Returns a store with a policy file read over this one.
   *
   * @param file  the YAML policy file, not null
   * @return a new store, never null
   * @throws PolicyFileException if the file is malformed or conflicts with this store
   * @throws UncheckedIOException if the file cannot be read
   */
  public PolicyBook withFile(Path file) {
    return PolicyReader.read(file, this);
  }

  /**
   * Returns a store with policy YAML text read over this one.
   *
   * @param yaml  the YAML text, not null
   * @param name  the name used in error messages, not null
   * @return a new store, never null
   * @throws PolicyFileException if the text is malformed or conflicts with this store
   */
  public PolicyBook withYaml(String yaml, String name) {
    return PolicyReader.read(yaml, name, this);
  }

  /**
   * Returns a what-if copy of this store with the overlay's values in force for their periods and scopes,
   * replacing what was there; everything else is unchanged. This store is not changed.
   *
   * @param overlay  the values to put in force, not null
   * @return a new store, never null
   * @throws IllegalArgumentException if an overlay value names an undefined key or has the wrong type
   */
  public PolicyBook with(Overlay overlay) {
    checkNotNull(overlay, "overlay");
    Map<String, Map<RegionScope, RangeMap<LocalDate, ParameterEntry>>> maps = new HashMap<>();
    for (KeyIndex k : index.values()) {
      Map<RegionScope, RangeMap<LocalDate, ParameterEntry>> byScope = new LinkedHashMap<>();
      if (k.national != null) {
        byScope.put(RegionScope.NATIONAL, TreeRangeMap.create());
        byScope.get(RegionScope.NATIONAL).putAll(k.national);
      }
      k.regional.forEach((code, m) -> {
        RangeMap<LocalDate, ParameterEntry> copy = TreeRangeMap.create();
        copy.putAll(m);
        byScope.put(RegionScope.of(code), copy);
      });
      maps.put(k.definition.key(), byScope);
    }
    for (ParameterEntry e : overlay.entries()) {
      checkEntry(e, definitions, domains);
      maps.computeIfAbsent(e.key(), k -> new LinkedHashMap<>())
          .computeIfAbsent(e.provenance().scope(), s -> TreeRangeMap.create())
          .put(e.provenance().effective(), e);
    }
    List<ParameterEntry> pieces = new ArrayList<>();
    for (Map<RegionScope, RangeMap<LocalDate, ParameterEntry>> byScope : maps.values()) {
      for (Map.Entry<RegionScope, RangeMap<LocalDate, ParameterEntry>> s : byScope.entrySet()) {
        RangeMap<LocalDate, ParameterEntry> narrowed = TreeRangeMap.create();
        for (Map.Entry<Range<LocalDate>, ParameterEntry> piece : s.getValue().asMapOfRanges().entrySet()) {
          ParameterEntry n = narrow(piece.getValue(), piece.getKey());
          narrowed.put(piece.getKey(), n);
          pieces.add(n);
        }
        s.setValue(narrowed);
      }
    }
    pieces.sort(ENTRY_ORDER);
    return new PolicyBook(domains, definitions, ImmutableList.copyOf(pieces), maps);
  }

  private static ParameterEntry narrow(ParameterEntry e, Range<LocalDate> range) {
    if (e.provenance().effective().equals(range)) {
      return e;
    }
    Provenance p = e.provenance();
    Provenance.Builder b = Provenance.builder().key(p.key()).scope(p.scope())
        .effectiveFrom(range.lowerEndpoint()).citation(p.citation()).confidence(p.confidence());
    if (range.hasUpperBound()) {
      b.effectiveUntil(range.upperEndpoint());
    }
    p.origin().ifPresent(b::origin);
    return ParameterEntry.of(e.value(), b.build());
  }

  /**
   * Resolves a parameter for a region on a date.
   *
   * @param <T> the value type
   * @param key  the key, not null
   * @param region  the region asked about, not null
   * @param date  the date, not null
   * @return the value with its provenance, never null
   * @throws ParameterNotFoundException if the key is not defined or no value covers the region on the date
   * @throws IllegalArgumentException if the key's type differs from the parameter's declared type
   */
  public <T> Resolved<T> resolve(ParameterKey<T> key, RegionCode region, LocalDate date) {
    checkNotNull(region, "region");
    return resolve(key, region, date, region);
  }

  /**
   * Resolves a parameter for a scope on a date: for {@link RegionScope#NATIONAL}, only national values count.
   *
   * @param <T> the value type
   * @param key  the key, not null
   * @param scope  the scope asked about, not null
   * @param date  the date, not null
   * @return the value with its provenance, never null
   * @throws ParameterNotFoundException if the key is not defined or no value covers the scope on the date
   * @throws IllegalArgumentException if the key's type differs from the parameter's declared type
   */
  public <T> Resolved<T> resolve(ParameterKey<T> key, RegionScope scope, LocalDate date) {
    checkNotNull(scope, "scope");
    return resolve(key, scope.region().orElse(null), date, scope);
  }

  /** Resolves; {@code where} (a region or scope) is turned into text only for an exception, off the hot path. */
  private <T> Resolved<T> resolve(ParameterKey<T> key, @Nullable RegionCode region, LocalDate date, Object where) {
    checkNotNull(key, "key");
    checkNotNull(date, "date");
    KeyIndex k = index.get(key.name());
    if (k == null) {
      throw new ParameterNotFoundException(key.name(), where.toString(), date,
          "the key is not defined in this policy");
    }
    checkType(key, k.definition);
    ParameterEntry e = k.lookup(region, date);
    if (e == null) {
      throw new ParameterNotFoundException(key.name(), where.toString(), date,
          "no value of any scope covering the region is in force on that date");
    }
    return new Resolved<>(key.convert(e.value()), e.value(), e.provenance());
  }

  /**
   * Finds a parameter for a region on a date, if the policy has a value.
   *
   * @param <T> the value type
   * @param key  the key, not null
   * @param region  the region asked about, not null
   * @param date  the date, not null
   * @return the value with its provenance, or empty if the key is undefined or no value is in force
   * @throws IllegalArgumentException if the key's type differs from the parameter's declared type
   */
  public <T> Optional<Resolved<T>> find(ParameterKey<T> key, RegionCode region, LocalDate date) {
    checkNotNull(key, "key");
    checkNotNull(region, "region");
    checkNotNull(date, "date");
    KeyIndex k = index.get(key.name());
    if (k == null) {
      return Optional.empty();
    }
    checkType(key, k.definition);
    ParameterEntry e = k.lookup(region, date);
    return e == null ? Optional.empty()
        : Optional.of(new Resolved<>(key.convert(e.value()), e.value(), e.provenance()));
  }

  private static void checkType(ParameterKey<?> key, ParameterDefinition def) {
    if (!key.type().equals(def.type())) {
      throw new IllegalArgumentException("parameter '" + key.name() + "' must be read as its declared type "
          + def.type() + ", but was asked for as " + key.type());
    }
  }

  /**
   * Returns the definition of a parameter.
   *
   * @param key  the dotted key, not null
   * @return the definition, or empty if undefined
   */
  public Optional<ParameterDefinition> definition(String key) {
    checkNotNull(key, "key");
    KeyIndex k = index.get(key);
    return k == null ? Optional.empty() : Optional.of(k.definition);
  }

  /**
   * Returns every definition, in the order defined.
   *
   * @return the definitions by key, never null
   */
  public ImmutableMap<String, ParameterDefinition> definitions() {
    return definitions;
  }

  /**
   * Returns every enumeration, in the order defined.
   *
   * @return the enumerations by name, never null
   */
  public ImmutableMap<String, EnumDomain> domains() {
    return domains;
  }

  /**
   * Returns every value with its effective range, sorted by key, scope and date.
   *
   * @return the entries, never null
   */
  public ImmutableList<ParameterEntry> entries() {
    return entries;
  }

  /**
   * Returns the values of one parameter, sorted by scope and date.
   *
   * @param key  the dotted key, not null
   * @return the entries, empty if none, never null
   */
  public ImmutableList<ParameterEntry> entries(String key) {
    checkNotNull(key, "key");
    return entries.stream().filter(e -> e.key().equals(key)).collect(ImmutableList.toImmutableList());
  }

  ImmutableList<ParameterEntry> declared() {
    return declared;
  }

  /**
   * Returns a builder holding this store's contents, for adding to.
   *
   * @return the builder, never null
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    domains.values().forEach(b::domain);
    definitions.values().forEach(b::define);
    declared.forEach(b::add);
    return b;
  }

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof PolicyBook)) {
      return false;
    }
    PolicyBook o = (PolicyBook) obj;
    return domains.equals(o.domains) && definitions.equals(o.definitions) && entries.equals(o.entries);
  }

  @Override
  public int hashCode() {
    return (domains.hashCode() * 31 + definitions.hashCode()) * 31 + entries.hashCode();
  }

  @Override
  public String toString() {
    return "PolicyBook[" + definitions.size() + " parameters, " + entries.size() + " values]";
  }

  static void checkEntry(ParameterEntry e, Map<String, ParameterDefinition> definitions,
      Map<String, EnumDomain> domains) {
    ParameterDefinition def = definitions.get(e.key());
    checkArgument(def != null, "parameter '%s' must be defined before it is given a value, but is not", e.key());
    checkArgument(def.type().accepts(e.value()), "value of parameter '%s' must be of type %s, but was %s (%s)",
        e.key(), def.type(), e.value(), e.value().kind());
    checkConstants(e.key(), e.value(), domains);
  }

  static void checkConstants(String key, Datum value, Map<String, EnumDomain> domains) {
    if (value instanceof Datum.OfEnum) {
      Datum.OfEnum v = (Datum.OfEnum) value;
      EnumDomain d = domains.get(v.domain());
      checkArgument(d != null && d.contains(v.constant()), "value of parameter '%s' must be a constant of %s%s, "
          + "but was '%s'", key, v.domain(), d == null ? "" : " " + d.constants().keySet(), v.constant());
    } else if (value instanceof Datum.OfTable) {
      Datum.OfTable t = (Datum.OfTable) value;
      EnumDomain d = domains.get(t.domain());
      for (String c : t.values().keySet()) {
        checkArgument(d != null && d.contains(c), "row of table parameter '%s' must be a constant of %s%s, "
            + "but was '%s'", key, t.domain(), d == null ? "" : " " + d.constants().keySet(), c);
      }
    }
  }

  /** Thrown by the builder when two values of a key and scope are in force on the same day. */
  static final class OverlapException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final transient ParameterEntry earlier;
    final transient ParameterEntry later;

    OverlapException(String message, ParameterEntry earlier, ParameterEntry later) {
      super(message);
      this.earlier = earlier;
      this.later = later;
    }
  }

  /**
   * Builds a {@link PolicyBook}. Definitions and enumerations must be given before the values that use them.
   * Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, EnumDomain> domains = new LinkedHashMap<>();
    private final Map<String, ParameterDefinition> definitions = new LinkedHashMap<>();
    private final List<ParameterEntry> entries = new ArrayList<>();

    Builder() {}

    /**
     * Adds an enumeration; one already present must be identical.
     *
     * @param domain  the enumeration, not null
     * @return this builder
     * @throws IllegalArgumentException if an enumeration of that name is already defined differently
     */
    public Builder domain(EnumDomain domain) {
      checkNotNull(domain, "domain");
      EnumDomain old = domains.putIfAbsent(domain.name(), domain);
      checkArgument(old == null || old.equals(domain),
          "enumeration '%s' must be defined once, but is defined again differently: %s, was %s",
          domain.name(), domain.constants().keySet(), old == null ? "" : old.constants().keySet());
      return this;
    }

    /**
     * Adds a definition; one already present must be identical.
     *
     * @param definition  the definition, not null
     * @return this builder
     * @throws IllegalArgumentException if the key is already defined differently or its enumeration is unknown
     */
    public Builder define(ParameterDefinition definition) {
      checkNotNull(definition, "definition");
      definition.type().domain().ifPresent(d -> checkArgument(domains.containsKey(d),
          "parameter '%s' must use a defined enumeration, but '%s' is not defined", definition.key(), d));
      ParameterDefinition old = definitions.putIfAbsent(definition.key(), definition);
      checkArgument(old == null || old.equals(definition),
          "parameter '%s' must be defined once, but is defined again differently (type %s, was %s)",
          definition.key(), definition.type(), old == null ? "" : old.type());
      return this;
    }

    /**
     * Adds a value. Without an explicit end it stays in force until the next value of the same key and scope.
     *
     * @param entry  the value, not null
     * @return this builder
     * @throws IllegalArgumentException if the key is undefined or the value has the wrong type
     */
    public Builder add(ParameterEntry entry) {
      checkNotNull(entry, "entry");
      checkEntry(entry, definitions, domains);
      entries.add(entry);
      return this;
    }

    /**
     * Builds the store, computing each value's effective range and the lookup index.
     *
     * @return the store, never null
     * @throws IllegalArgumentException if two values of the same key and scope take effect on the same day or an
     *     explicit end runs past the next value's start
     */
    public PolicyBook build() {
      Map<String, Map<RegionScope, List<ParameterEntry>>> grouped = new LinkedHashMap<>();
      for (ParameterEntry e : entries) {
        grouped.computeIfAbsent(e.key(), k -> new LinkedHashMap<>())
            .computeIfAbsent(e.provenance().scope(), s -> new ArrayList<>()).add(e);
      }
      Map<String, Map<RegionScope, RangeMap<LocalDate, ParameterEntry>>> maps = new HashMap<>();
      for (Map.Entry<String, Map<RegionScope, List<ParameterEntry>>> k : grouped.entrySet()) {
        Map<RegionScope, RangeMap<LocalDate, ParameterEntry>> byScope = new LinkedHashMap<>();
        for (Map.Entry<RegionScope, List<ParameterEntry>> s : k.getValue().entrySet()) {
          byScope.put(s.getKey(), ranges(k.getKey(), s.getKey(), s.getValue()));
        }
        maps.put(k.getKey(), byScope);
      }
      return new PolicyBook(ImmutableMap.copyOf(domains), ImmutableMap.copyOf(definitions),
          ImmutableList.copyOf(entries), maps);
    }

    private static RangeMap<LocalDate, ParameterEntry> ranges(String key, RegionScope scope,
        List<ParameterEntry> list) {
      List<ParameterEntry> sorted = new ArrayList<>(list);
      sorted.sort(Comparator.comparing(e -> e.provenance().effectiveFrom()));
      RangeMap<LocalDate, ParameterEntry> map = TreeRangeMap.create();
      for (int i = 0; i < sorted.size(); i++) {
        ParameterEntry e = sorted.get(i);
        Provenance p = e.provenance();
        ParameterEntry next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
        LocalDate until = p.effectiveUntil().orElse(null);
        if (next != null) {
          LocalDate nextFrom = next.provenance().effectiveFrom();
          if (nextFrom.equals(p.effectiveFrom())) {
            throw new OverlapException("parameter '" + key + "' for " + scope + " must have one value per day, "
                + "but two values take effect on " + nextFrom + origins(e, next), e, next);
          }
          if (until != null && until.isAfter(nextFrom)) {
            throw new OverlapException("parameter '" + key + "' for " + scope + " must not have overlapping "
                + "values, but the value from " + p.effectiveFrom() + " runs until " + until.minusDays(1)
                + " and the next takes effect on " + nextFrom + origins(e, next), e, next);
          }
          if (until == null) {
            until = nextFrom;
          }
        }
        Range<LocalDate> range = until == null ? Range.atLeast(p.effectiveFrom())
            : Range.closedOpen(p.effectiveFrom(), until);
        map.put(range, narrow(e, range));
      }
      return map;
    }

    private static String origins(ParameterEntry earlier, ParameterEntry later) {
      String a = earlier.provenance().origin().map(o -> "the earlier value is at " + o).orElse("");
      String b = later.provenance().origin().map(o -> "the later value is at " + o).orElse("");
      return a.isEmpty() && b.isEmpty() ? "" : " (" + a + (a.isEmpty() || b.isEmpty() ? "" : ", ") + b + ")";
    }
  }
}
