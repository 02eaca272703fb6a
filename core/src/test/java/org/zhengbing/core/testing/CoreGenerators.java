package org.zhengbing.core.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Datum.Kind;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.EnumDomain;
import org.zhengbing.core.param.ParameterType;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.AdminLevel;
import org.zhengbing.core.region.Region;
import org.zhengbing.core.region.RegionCatalog;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.region.RegionScope;
import org.zhengbing.core.time.AnnualWindow;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.core.time.Season;

/**
 * QuickTheories generators for Zhengbing's core values, for property tests here and in integrators' code.
 *
 * <p>Every generator mixes explicit edge values (zero, caps, 29 February, month ends, the bounds of the supported
 * date range, codes of the three prefecture-level cities without counties) into its random values, because random
 * generation rarely hits them. Every generated value is valid for the policy-file format, so a generated store can
 * be written by {@code PolicyWriter} and read back.
 *
 * <pre>{@code
 * qt().forAll(CoreGenerators.rates()).check(r -> Rate.parse(r.toString()).equals(r));
 * }</pre>
 */
public final class CoreGenerators {

  /** The first date the library supports (policy files reject earlier dates). */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
  /** The last date the library supports. */
  public static final LocalDate MAX_DATE = LocalDate.of(2200, 12, 31);
  /** The largest amount a policy file accepts, in yuan. */
  public static final long MAX_POLICY_YUAN = 1_000_000_000_000L;

  private static final int[] PROVINCE_PREFIXES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41,
      42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};

  private CoreGenerators() {}

  // ------------------------------------------------------------------------------------------------ helpers

  /**
   * Mixes edge values into a generator: about one value in four is an edge value.
   *
   * @param <T> the value type
   * @param random  the random generator, not null
   * @param edges  the edge values, not empty
   * @return the mixed generator, never null
   */
  public static <T> Gen<T> withEdges(Gen<T> random, List<T> edges) {
    List<Pair<Integer, Gen<T>>> choices = new ArrayList<>();
    choices.add(Pair.of(3, random));
    choices.add(Pair.of(1, Generate.pick(edges)));
    return Generate.frequency(choices);
  }

  static int between(RandomnessSource rs, int lo, int hi) {
    return Generate.range(lo, hi).generate(rs);
  }

  static long between(RandomnessSource rs, long lo, long hi) {
    return Generate.longRange(lo, hi).generate(rs);
  }

  static boolean chance(RandomnessSource rs, int percent) {
    return between(rs, 1, 100) <= percent;
  }

  static String pad(int value, int width) {
    StringBuilder s = new StringBuilder(Integer.toString(value));
    while (s.length() < width) {
      s.insert(0, '0');
    }
    return s.toString();
  }

  static <T> T pick(RandomnessSource rs, List<T> list) {
    return list.get(between(rs, 0, list.size() - 1));
  }

  // ------------------------------------------------------------------------------------------------ money

  /**
   * Rates: 0%, 100%, 50%, small and large percentages with up to 8 decimal places of the fraction, negative
   * rates.
   *
   * @return the generator, never null
   */
  public static Gen<Rate> rates() {
    Gen<Rate> random = rs -> Rate.ofFraction(BigDecimal.valueOf(between(rs, -2_000_000_000L, 2_000_000_000L),
        between(rs, 0, 8)));
    return withEdges(random, List.of(Rate.ZERO, Rate.ONE, Rate.parse("50%"), Rate.parse("12.5%"),
        Rate.parse("0.01%"), Rate.parse("-5%"), Rate.parse("160%"), Rate.parse("1000000%"),
        Rate.ofFraction(new BigDecimal("0.000000000000000001"))));
  }

  /**
   * Amounts in CNY, whole fen, from zero up to the largest a policy file accepts (one trillion yuan).
   *
   * @return the generator, never null
   */
  public static Gen<Money> amounts() {
    Gen<Money> random = Generate.frequency(List.of(
        Pair.of(2, (Gen<Money>) rs -> Cny.ofFen(between(rs, 0L, 10_000_000L))),
        Pair.of(1, (Gen<Money>) rs -> Cny.ofYuan(between(rs, 0L, 100_000L))),
        Pair.of(1, (Gen<Money>) rs -> Cny.ofFen(between(rs, 0L, MAX_POLICY_YUAN * 100)))));
    return withEdges(random, List.of(Cny.ZERO, Cny.ofFen(1), Cny.ofFen(99), Cny.ofYuan(8000), Cny.ofYuan(9300),
        Cny.of("12345.60"), Cny.ofYuan(MAX_POLICY_YUAN), Cny.ofFen(MAX_POLICY_YUAN * 100 - 1)));
  }

  /**
   * Amounts in CNY of either sign, whole fen, including the extremes of a {@code long} number of fen.
   *
   * @return the generator, never null
   */
  public static Gen<Money> signedAmounts() {
    Gen<Money> random = rs -> Cny.ofFen(between(rs, Long.MIN_VALUE, Long.MAX_VALUE));
    return withEdges(random.mix(amounts()).mix(amounts().map(Money::negated)),
        List.of(Cny.ZERO, Cny.ofFen(-1), Cny.ofFen(Long.MAX_VALUE), Cny.ofFen(Long.MIN_VALUE)));
  }

  // ------------------------------------------------------------------------------------------------ time

  /**
   * Dates from 1900-01-01 to 2200-12-31, with 29 February of leap years (and 28 February of 1900 and 2100, which
   * are not), month ends, year ends and the rule-change dates of the bundled policy as edge values.
   *
   * @return the generator, never null
   */
  public static Gen<LocalDate> dates() {
    return withEdges(datesBetween(MIN_DATE, MAX_DATE), List.of(MIN_DATE, MAX_DATE, LocalDate.of(1900, 2, 28),
        LocalDate.of(2000, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(2100, 2, 28), LocalDate.of(2196, 2, 29),
        LocalDate.of(2023, 4, 30), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 31),
        LocalDate.of(2024, 9, 1), LocalDate.of(2022, 1, 24), LocalDate.of(2023, 9, 1), LocalDate.of(2026, 6, 30)))
        .mix(monthEnds(), 20);
  }

  /**
   * Dates in a closed range, uniformly.
   *
   * @param first  the first date, not null
   * @param last  the last date, not before the first, not null
   * @return the generator, never null
   */
  public static Gen<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    long from = first.toEpochDay();
    long to = last.toEpochDay();
    return Generate.longRange(from, to).map(LocalDate::ofEpochDay);
  }

  /**
   * The last day of a month, 1900 to 2200.
   *
   * @return the generator, never null
   */
  public static Gen<LocalDate> monthEnds() {
    return rs -> YearMonth.of(between(rs, 1900, 2200), between(rs, 1, 12)).atEndOfMonth();
  }

  /**
   * Month-days, with 29 February and month ends as edge values.
   *
   * @return the generator, never null
   */
  public static Gen<MonthDay> monthDays() {
    Gen<MonthDay> random = rs -> {
      int month = between(rs, 1, 12);
      int max = java.time.Month.of(month).maxLength();
      return MonthDay.of(month, between(rs, 1, max));
    };
    return withEdges(random, List.of(MonthDay.of(2, 29), MonthDay.of(2, 28), MonthDay.of(1, 1),
        MonthDay.of(12, 31), MonthDay.of(4, 30), MonthDay.of(3, 31), MonthDay.of(9, 30)));
  }

  /**
   * Closed date spans inside 1900..2200, from one day to many years, with leap-day and year-crossing spans.
   *
   * @return the generator, never null
   */
  public static Gen<DateSpan> dateSpans() {
    Gen<DateSpan> random = rs -> {
      LocalDate start = dates().generate(rs);
      long maxDays = MAX_DATE.toEpochDay() - start.toEpochDay();
      long days = chance(rs, 50) ? between(rs, 0L, Math.min(maxDays, 400L)) : between(rs, 0L, maxDays);
      return DateSpan.ofClosed(start, start.plusDays(days));
    };
    return withEdges(random, List.of(DateSpan.ofDay(LocalDate.of(2024, 2, 29)),
        DateSpan.parse("2023-02-15/2023-03-31"), DateSpan.parse("2023-12-31/2024-01-01"),
        DateSpan.ofClosed(MIN_DATE, MAX_DATE), DateSpan.ofDay(MIN_DATE), DateSpan.ofDay(MAX_DATE)));
  }

  /**
   * Annual windows inside one year or starting in the previous year or ending in the next, with 29 February ends.
   *
   * @return the generator, never null
   */
  public static Gen<AnnualWindow> annualWindows() {
    Gen<AnnualWindow> random = rs -> {
      int startOffset = between(rs, -1, 1);
      int endOffset = between(rs, startOffset, 1);
      MonthDay a = monthDays().generate(rs);
      MonthDay b = monthDays().generate(rs);
      if (startOffset == endOffset && b.isBefore(a)) {
        MonthDay t = a;
        a = b;
        b = t;
      }
      return AnnualWindow.of(a, startOffset, b, endOffset);
    };
    return withEdges(random, List.of(AnnualWindow.parse("02-15..03-31"), AnnualWindow.parse("12-01@-1..02-10"),
        AnnualWindow.parse("02-29..02-29"), AnnualWindow.parse("01-01..12-31"),
        AnnualWindow.parse("12-31@-1..01-01@+1"), AnnualWindow.parse("02-28..02-29")));
  }

  /**
   * Conscription terms of 1900 to 2200.
   *
   * @return the generator, never null
   */
  public static Gen<ConscriptionTerm> terms() {
    Gen<ConscriptionTerm> random = rs -> ConscriptionTerm.of(between(rs, 1900, 2200),
        chance(rs, 50) ? Season.SPRING : Season.AUTUMN);
    return withEdges(random, List.of(ConscriptionTerm.of(1900, Season.SPRING),
        ConscriptionTerm.of(2200, Season.AUTUMN), ConscriptionTerm.of(2026, Season.SPRING)));
  }

  // ------------------------------------------------------------------------------------------------ regions

  /**
   * Codes of the bundled 2023 catalogue: provinces, prefectures and the county level, including the
   * prefecture-level cities without counties (441900, 442000, 460400).
   *
   * @return the generator, never null
   */
  public static Gen<RegionCode> bundledRegionCodes() {
    List<RegionCode> all = RegionCatalog.bundled().regions().stream().map(Region::code)
        .collect(ImmutableList.toImmutableList());
    return withEdges(Generate.pick(all), List.of(RegionCode.of("500116"), RegionCode.of("441900"),
        RegionCode.of("442000"), RegionCode.of("460400"), RegionCode.of("110000"), RegionCode.of("659010")));
  }

  /**
   * Bundled codes of one level.
   *
   * @param level  PROVINCE, PREFECTURE or COUNTY, not null
   * @return the generator, never null
   */
  public static Gen<RegionCode> bundledRegionCodes(AdminLevel level) {
    List<RegionCode> codes = RegionCatalog.bundled().regions().stream().map(Region::code)
        .filter(c -> c.level() == level).collect(ImmutableList.toImmutableList());
    return Generate.pick(codes);
  }

  /**
   * Synthetic, well-formed codes of one level (they need not exist): any GB/T 2260 province prefix, prefecture and
   * county parts 01-99, township and village numbers 001-999; townships and villages sometimes lie directly in a
   * prefecture-level city (county part 00).
   *
   * @param level  the level, not null
   * @return the generator, never null
   */
  public static Gen<RegionCode> syntheticRegionCodes(AdminLevel level) {
    return rs -> {
      int province = PROVINCE_PREFIXES[between(rs, 0, PROVINCE_PREFIXES.length - 1)];
      int prefecture = between(rs, 1, 99);
      int county = between(rs, 1, 99);
      StringBuilder s = new StringBuilder(pad(province, 2));
      switch (level) {
        case PROVINCE:
          return RegionCode.of(s.append("0000").toString());
        case PREFECTURE:
          return RegionCode.of(s.append(pad(prefecture, 2) + "00").toString());
        case COUNTY:
          return RegionCode.of(s.append(pad(prefecture, 2) + pad(county, 2)).toString());
        case TOWNSHIP:
        case VILLAGE:
          s.append(pad(prefecture, 2) + pad(chance(rs, 20) ? 0 : county, 2));
          s.append(pad(between(rs, 1, 999), 3));
          if (level == AdminLevel.VILLAGE) {
            s.append(pad(between(rs, 1, 999), 3));
          }
          return RegionCode.of(s.toString());
        default:
          throw new AssertionError(level);
      }
    };
  }

  /**
   * Valid codes of all five levels: bundled codes, townships and villages below bundled counties (and below the
   * prefecture-level cities without counties), and synthetic codes of every level.
   *
   * @return the generator, never null
   */
  public static Gen<RegionCode> regionCodes() {
    Gen<RegionCode> below = rs -> {
      RegionCode parent = bundledRegionCodes().generate(rs);
      if (parent.level() == AdminLevel.PROVINCE) {
        return parent;
      }
      RegionCode township = RegionCode.of(parent.toString() + pad(between(rs, 1, 999), 3));
      return chance(rs, 50) ? township : RegionCode.of(township + pad(between(rs, 1, 999), 3));
    };
    Gen<RegionCode> synthetic = rs -> syntheticRegionCodes(Generate.enumValues(AdminLevel.class).generate(rs))
        .generate(rs);
    return withEdges(Generate.oneOf(bundledRegionCodes(), below, synthetic), List.of(RegionCode.of("500116"),
        RegionCode.of("500116001"), RegionCode.of("500116001001"), RegionCode.of("441900003"),
        RegionCode.of("820000"), RegionCode.of("659010"), RegionCode.of("111111111111")));
  }

  /**
   * Region scopes: national, or a code of any level.
   *
   * @return the generator, never null
   */
  public static Gen<RegionScope> regionScopes() {
    return withEdges(regionCodes().map(RegionScope::of), List.of(RegionScope.NATIONAL));
  }

  // ------------------------------------------------------------------------------------------------ explanations

  private static final List<String> ALPHABET = List.of("a", "Z", "0", "9", " ", "-", "_", ".", ":", "#", "\"",
      "'", "\\", "/", "{", "}", "[", "]", ",", "&", "*", "!", "|", ">", "%", "@", "`", "?", "\n", "\t", "\r",
      "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\ufffe",
      "\uffff", "é", "征", "兵", "《", "》", "、", "（", "）", "〔", "〕", "😀", "\ud800", "\udc00");

  /**
   * Texts that are not blank, mixing Chinese, Latin and characters that are special in YAML or JSON: quotes,
   * backslashes, line breaks, control characters, non-characters, supplementary characters and lone surrogates.
   *
   * @return the generator, never null
   */
  public static Gen<String> texts() {
    Gen<String> random = rs -> {
      int length = between(rs, 0, 12);
      StringBuilder s = new StringBuilder(chance(rs, 50) ? "征" : "x");
      for (int i = 0; i < length; i++) {
        s.append(pick(rs, ALPHABET));
      }
      return s.toString();
    };
    return withEdges(random, List.of("征兵工作条例", "yes", "no", "true", "null", "~", "- x", "x: y", "'", "\"",
        "12", "1e3", "#", "x #y", "@x", "*x", "&x", "!x", "%x", " x", "x ", "x\n", "x\n\ny", "😀"));
  }

  /**
   * Bilingual texts, neither side blank.
   *
   * @return the generator, never null
   */
  public static Gen<LocalizedText> localizedTexts() {
    return texts().zip(texts(), LocalizedText::of);
  }

  /**
   * Confidences.
   *
   * @return the generator, never null
   */
  public static Gen<Confidence> confidences() {
    return Generate.enumValues(Confidence.class);
  }

  /**
   * Citations as a policy file accepts them: a document; an issuer, article, note (not blank), date (1900 to 2200)
   * and {@code http(s)} address, each sometimes absent.
   *
   * @return the generator, never null
   */
  public static Gen<Citation> citations() {
    Gen<Citation> random = rs -> {
      Citation.Builder b = Citation.builder().document(texts().generate(rs));
      if (chance(rs, 50)) {
        b.issuer(texts().generate(rs));
      }
      if (chance(rs, 50)) {
        b.article(texts().generate(rs));
      }
      if (chance(rs, 50)) {
        b.date(dates().generate(rs));
      }
      if (chance(rs, 30)) {
        b.url((chance(rs, 50) ? "https" : "http") + "://example.org/" + between(rs, 0, 999_999) + "?q=%E5"
            + "#征兵");
      }
      if (chance(rs, 30)) {
        b.note(texts().generate(rs));
      }
      return b.build();
    };
    return withEdges(random, List.of(Citation.of("征兵工作条例"), Citation.builder().document("征兵工作条例")
        .issuer("国务院、中央军委").article("第三十条").date(LocalDate.of(2023, 4, 1))
        .url("https://www.gov.cn/").note("in force 2023-05-01").build()));
  }

  // ------------------------------------------------------------------------------------------------ data

  /** The scalar kinds, in declaration order. */
  public static final ImmutableList<Kind> SCALAR_KINDS = ImmutableList.of(Kind.MONEY, Kind.RATE, Kind.INTEGER,
      Kind.DECIMAL, Kind.DATE, Kind.MONTH_DAY, Kind.DATE_SPAN, Kind.ANNUAL_WINDOW, Kind.BOOLEAN, Kind.TEXT);

  /**
   * Integers, including the extremes of a {@code long}.
   *
   * @return the generator, never null
   */
  public static Gen<Long> longs() {
    return withEdges(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).mix(Generate.longRange(-1000, 1000)),
        List.of(0L, 1L, -1L, 45L, Long.MAX_VALUE, Long.MIN_VALUE, 999_999_999_999_999_999L));
  }

  /**
   * Exact decimals of either sign with up to 10 decimal places, and large whole numbers.
   *
   * @return the generator, never null
   */
  public static Gen<BigDecimal> decimals() {
    Gen<BigDecimal> random = rs -> BigDecimal.valueOf(between(rs, Long.MIN_VALUE, Long.MAX_VALUE),
        between(rs, -10, 10));
    return withEdges(random, List.of(BigDecimal.ZERO, new BigDecimal("2.5"), new BigDecimal("2.50"),
        new BigDecimal("-0.0001"), new BigDecimal("1E+30")));
  }

  /**
   * Values of one scalar kind, valid in a policy file.
   *
   * @param kind  a scalar kind (not ENUM, TABLE or LIST), not null
   * @return the generator, never null
   * @throws IllegalArgumentException if the kind is not scalar
   */
  public static Gen<Datum> data(Kind kind) {
    switch (kind) {
      case MONEY:
        return amounts().map(Datum::of);
      case RATE:
        return rates().map(Datum::of);
      case INTEGER:
        return longs().map(Datum::of);
      case DECIMAL:
        return decimals().map(Datum::of);
      case DATE:
        return dates().map(Datum::of);
      case MONTH_DAY:
        return monthDays().map(Datum.OfMonthDay::new);
      case DATE_SPAN:
        return dateSpans().map(Datum::of);
      case ANNUAL_WINDOW:
        return annualWindows().map(Datum.OfAnnualWindow::new);
      case BOOLEAN:
        return Generate.booleans().map(Datum::of);
      case TEXT:
        return localizedTexts().map(Datum::of);
      default:
        throw new IllegalArgumentException("kind must be scalar, but was " + kind);
    }
  }

  /**
   * Values of any scalar kind.
   *
   * @return the generator, never null
   */
  public static Gen<Datum> scalarData() {
    return Generate.pick(SCALAR_KINDS).flatMap(CoreGenerators::data);
  }

  /**
   * Enumerations with one to five constants.
   *
   * @param name  the enumeration's name, not null
   * @return the generator, never null
   */
  public static Gen<EnumDomain> enumDomains(String name) {
    return rs -> {
      int n = between(rs, 1, 5);
      EnumDomain.Builder b = EnumDomain.builder().name(name).label(localizedTexts().generate(rs));
      for (int i = 0; i < n; i++) {
        b.putConstants(name.charAt(0) + "c" + i, localizedTexts().generate(rs));
      }
      return b.build();
    };
  }

  /**
   * Parameter types: every scalar kind, and enums, tables and lists over the given enumerations.
   *
   * @param domains  the enumerations tables and enums may use, not null
   * @return the generator, never null
   */
  public static Gen<ParameterType> parameterTypes(List<EnumDomain> domains) {
    return rs -> {
      int choice = between(rs, 0, domains.isEmpty() ? 1 : 3);
      switch (choice) {
        case 0:
          return ParameterType.scalar(pick(rs, SCALAR_KINDS));
        case 1:
          return ParameterType.listOf(pick(rs, SCALAR_KINDS));
        case 2:
          return ParameterType.enumOf(pick(rs, domains).name());
        default:
          return ParameterType.tableOf(pick(rs, domains).name(), pick(rs, SCALAR_KINDS));
      }
    };
  }

  /**
   * Values of a parameter type: tables have at least one row, lists zero to three elements.
   *
   * @param type  the type, not null
   * @param domains  the enumerations by name, holding the type's enumeration, not null
   * @return the generator, never null
   */
  public static Gen<Datum> data(ParameterType type, Map<String, EnumDomain> domains) {
    switch (type.kind()) {
      case ENUM: {
        String d = type.domain().orElseThrow();
        return Generate.pick(domains.get(d).constants().keySet().asList()).map(c -> new Datum.OfEnum(d, c));
      }
      case TABLE: {
        String d = type.domain().orElseThrow();
        Kind valueKind = type.elementKind().orElseThrow();
        List<String> constants = domains.get(d).constants().keySet().asList();
        return rs -> {
          Map<String, Datum> rows = new LinkedHashMap<>();
          rows.put(pick(rs, constants), data(valueKind).generate(rs));
          for (String c : constants) {
            if (chance(rs, 60)) {
              rows.put(c, data(valueKind).generate(rs));
            }
          }
          return new Datum.OfTable(d, valueKind, ImmutableMap.copyOf(rows));
        };
      }
      case LIST: {
        Kind elementKind = type.elementKind().orElseThrow();
        return rs -> {
          ImmutableList.Builder<Datum> items = ImmutableList.builder();
          int n = between(rs, 0, 3);
          for (int i = 0; i < n; i++) {
            items.add(data(elementKind).generate(rs));
          }
          return new Datum.OfList(elementKind, items.build());
        };
      }
      default:
        return data(type.kind());
    }
  }

  // ------------------------------------------------------------------------------------------------ policy

  /**
   * Policy stores with their declared entries: random enumerations and definitions, and non-overlapping dated
   * values across national, province, prefecture, county (and township) scopes around one region, plus an
   * unrelated province.
   *
   * @return the generator, never null
   */
  public static Gen<GeneratedPolicy> generatedPolicies() {
    return GeneratedPolicy::generate;
  }

  /**
   * Policy stores: random definitions, enumerations and non-overlapping dated values across national, province,
   * prefecture and county scopes.
   *
   * @return the generator, never null
   */
  public static Gen<PolicyBook> policyBooks() {
    return generatedPolicies().map(GeneratedPolicy::book);
  }
}
