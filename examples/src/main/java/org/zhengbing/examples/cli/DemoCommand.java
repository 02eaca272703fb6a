package org.zhengbing.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhengbing.core.io.CsvFile;
import org.zhengbing.calendar.ConscriptionCalendar;
import org.zhengbing.calendar.ConscriptionScheduler;
import org.zhengbing.calendar.Deadline;
import org.zhengbing.calendar.Phase;
import org.zhengbing.calendar.SeasonCalendar;
import org.zhengbing.calendar.Sex;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.Resolved;
import org.zhengbing.core.quota.Apportionment;
import org.zhengbing.core.quota.ApportionmentMethod;
import org.zhengbing.core.quota.QuotaApportioner;
import org.zhengbing.core.quota.QuotaUnit;
import org.zhengbing.core.quota.SeasonSplit;
import org.zhengbing.core.quota.SeasonSplitter;
import org.zhengbing.core.quota.UnitKey;
import org.zhengbing.core.region.Region;
import org.zhengbing.core.region.RegionCatalog;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.Season;
import org.zhengbing.policy.accounts.AccountItem;
import org.zhengbing.policy.accounts.ThreeAccounts;
import org.zhengbing.policy.accounts.ThreeAccountsCalculator;
import org.zhengbing.policy.accounts.ThreeAccountsRenderer;
import org.zhengbing.policy.benefit.Benefit;
import org.zhengbing.policy.profile.AcademicYear;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.StudyStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The demo: a whole conscription year of the sample district (Jiangjin, 500116) on embedded defaults: the annual task,
 * the season split, the spring share apportioned to the 30 townships and streets, the spring calendar with the next
 * deadlines, and the three accounts.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    header = "A district's conscription year on embedded defaults. / "
        + "一个区县的征兵年度演示（内置默认数据）。",
    footerHeading = "%nExample (示例):%n",
    footer = {
        "  zhengbing demo --date 2026-02-01 --full",
    },
    description = {"Run a whole district season on embedded defaults (the default command): Jiangjin (江津区, "
        + "500116) receives an annual task, splits it between the seasons, apportions the spring share to its 30 "
        + "townships and streets, and prints the spring calendar with the next deadlines from --date.",
        "It ends with the three accounts (三本账) of three personas enlisting there in the spring, in Chinese and "
            + "English (--full for the whole statements).",
        "Figures marked ILLUSTRATIVE are invented for the demo and never official."})
final class DemoCommand implements Callable<Integer> {

  /** The demo's default date, fixed so that the output is reproducible. */
  static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 1, 15);
  static final RegionCode DISTRICT = RegionCode.of("500116");
  static final ParameterKey<Long> ANNUAL_TASK = ParameterKey.integer("examples.demo.annual_task");
  static final String RESOURCES = "/org/zhengbing/examples/cli/";
  static final String TOWNSHIPS = "jiangjin-townships-2023.csv";
  static final String WEIGHTS = "jiangjin-weights-illustrative.csv";
  static final String TASK_FILE = "demo-jiangjin-illustrative.yaml";

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--date", paramLabel = "DATE", defaultValue = "2026-01-15",
      description = "The date the deadlines are counted from, ISO (default ${DEFAULT-VALUE}); its year is the "
          + "conscription year shown.")
  LocalDate date = DEFAULT_DATE;

  @Option(names = "--full", description = "Print each persona's whole three-accounts statement in both languages.")
  boolean full;

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut(), date, common, full);
  }

  /** The demo's personas: who they are, in words, and their profile for a year's spring season. */
  record Persona(String label, CandidateProfile profile) {}

  static List<Persona> personas(int year) {
    ConscriptionTerm spring = ConscriptionTerm.of(year, Season.SPRING);
    return List.of(
        new Persona("a) man, senior-high graduate (高中毕业), born " + (year - 19) + "-03-01",
            base(spring).sex(Sex.MALE).birthDate(LocalDate.of(year - 19, 3, 1))
                .educationLevel(EducationLevel.SENIOR_HIGH).studyStatus(StudyStatus.FRESH_GRADUATE).build()),
        new Persona("b) man, second-year undergraduate (大二在校生), born " + (year - 20) + "-10-01, tuition 5,000 a "
            + "year for one year",
            base(spring).sex(Sex.MALE).birthDate(LocalDate.of(year - 20, 10, 1))
                .educationLevel(EducationLevel.UNDERGRADUATE).studyStatus(StudyStatus.STUDENT)
                .addAcademicYears(AcademicYear.ofTuition(Cny.ofYuan(5000))).build()),
        new Persona("c) woman, fresh master's graduate (应届硕士), born " + (year - 25) + "-04-12, tuition 8,000 a "
            + "year for three years",
            base(spring).sex(Sex.FEMALE).birthDate(LocalDate.of(year - 25, 4, 12))
                .educationLevel(EducationLevel.POSTGRADUATE).studyStatus(StudyStatus.FRESH_GRADUATE)
                .addAcademicYears(AcademicYear.ofTuition(Cny.ofYuan(8000)), AcademicYear.ofTuition(Cny.ofYuan(8000)),
                    AcademicYear.ofTuition(Cny.ofYuan(8000))).build()));
  }

  private static CandidateProfile.Builder base(ConscriptionTerm term) {
    CandidateProfile.Builder b = CandidateProfile.builder();
    b.enlistmentRegion(DISTRICT).enlistmentTerm(term);
    return b;
  }

  /** Reads the demo's illustrative task file over a policy. */
  static PolicyBook withDemoTask(PolicyBook base) {
    try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCES + TASK_FILE)) {
      if (in == null) {
        throw new IllegalStateException("demo resource missing from the jar: " + TASK_FILE);
      }
      return base.withYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8), "zhengbing-examples:" + TASK_FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled catalogue with Jiangjin's 30 townships and streets. */
  static RegionCatalog townships() {
    return RegionCatalog.bundled().withTownships(resource(TOWNSHIPS), TOWNSHIPS);
  }

  /** The illustrative township weights, in file order. */
  static ImmutableList<QuotaUnit> weights(RegionCatalog catalog) {
    ImmutableList.Builder<QuotaUnit> units = ImmutableList.builder();
    try (CsvFile csv = CsvFile.of(resource(WEIGHTS), WEIGHTS, List.of("code", "weight"), List.of(), true)) {
      while (csv.next()) {
        RegionCode code = RegionCode.of(csv.get(0));
        if (!catalog.contains(code)) {
          throw new IllegalStateException(WEIGHTS + ":" + csv.line() + ": code must be a township of the catalogue, "
              + "but was '" + code + "'");
        }
        units.add(QuotaUnit.of(UnitKey.of(code), csv.getLong(1, 0, Long.MAX_VALUE)));
      }
      csv.finish();
    }
    return units.build();
  }

  private static InputStream resource(String name) {
    InputStream in = DemoCommand.class.getResourceAsStream(RESOURCES + name);
    if (in == null) {
      throw new IllegalStateException("demo resource missing from the jar: " + name);
    }
    return in;
  }

  int run(PrintWriter out, LocalDate on, CommonOptions options, boolean fullStatements) {
    PolicyBook book = options.layer(withDemoTask(org.zhengbing.policy.PolicySets.sampleRegions()));
    RegionCatalog catalog = townships();
    Region district = catalog.region(DISTRICT);
    int year = on.getYear();
    LocalDate yearStart = LocalDate.of(year, 1, 1);

    out.println("Zhengbing demo: conscription year " + year + " in " + district.name() + " (Jiangjin District, "
        + DISTRICT + "), as of " + on);
    out.println("Figures marked [ILLUSTRATIVE] are invented for the demo and never official.");
    out.println();

    // 1. the annual task
    Resolved<Long> task = book.resolve(ANNUAL_TASK, DISTRICT, yearStart);
    out.println("1. Annual task (年度征兵任务)");
    out.println("   " + task.value() + " places " + mark(task.provenance()));
    out.println("   source: " + source(task.provenance()));
    out.println();

    // 2. the season split
    SeasonSplit split = SeasonSplitter.of(book).split(task.value(), DISTRICT, yearStart);
    Resolved<org.zhengbing.core.money.Rate> share = book.resolve(SeasonSplitter.SPRING_SHARE, DISTRICT, yearStart);
    out.println("2. Season split (上半年/下半年)");
    out.println("   spring share " + split.springShare() + " " + mark(share.provenance()));
    out.println("   source: " + source(share.provenance()));
    out.println("   spring " + split.spring() + " places, autumn " + split.autumn() + " places");
    out.println();

    // 3. the spring task apportioned to the townships
    ImmutableList<QuotaUnit> units = weights(catalog);
    Apportionment spring = QuotaApportioner.of(ApportionmentMethod.LARGEST_REMAINDER)
        .apportion(split.spring(), units);
    out.println("3. Spring task apportioned to the " + units.size() + " townships and streets ("
        + ApportionmentMethod.LARGEST_REMAINDER.chineseName() + ", largest remainder)");
    out.println("   weights: registered men per township [ILLUSTRATIVE, generated; see " + WEIGHTS + "]");
    out.println(String.format("   %-10s %7s %7s  %s", "code", "weight", "places", "name"));
    for (QuotaUnit u : units) {
      RegionCode code = u.key().region().orElseThrow();
      out.println(String.format("   %-10s %7d %7d  %s", code, u.weight(), spring.places(u.key()),
          catalog.region(code).name()));
    }
    out.println(String.format("   %-10s %7d %7d", "total", spring.units().weightSum(), spring.total()));
    if (spring.isTieBroken()) {
      out.println("   a tie for the last places was broken by the declared rule (larger weight, then code): "
          + spring.tiedUnits());
    }
    out.println();

    // 4. the spring calendar and the next deadlines
    ConscriptionScheduler scheduler = ConscriptionScheduler.of(book, WorkdayCalendar.bundled());
    ConscriptionCalendar calendar = scheduler.schedule(year, DISTRICT);
    SeasonCalendar season = calendar.season(Season.SPRING);
    out.println("4. Spring " + year + " calendar (" + ConscriptionTerm.of(year, Season.SPRING) + ", "
        + DISTRICT + ")");
    CalendarCommand.printPhases(out, season.phases(), "   ");
    out.println();
    out.println("   Next deadlines from " + on + ":");
    List<String> lines = new ArrayList<>();
    for (Sex sex : Sex.values()) {
      for (Deadline d : calendar.deadlines(sex)) {
        if (!d.date().isBefore(on)) {
          String line = String.format("   %s  %-6s %3d days left  %s", d.date(), sex.name().toLowerCase(
              java.util.Locale.ROOT), d.daysRemainingFrom(on), CalendarCommand.title(d.phase()));
          if (!lines.contains(line)) {
            lines.add(line);
          }
        }
      }
    }
    lines.sort(null);
    if (lines.isEmpty()) {
      out.println("   none left in " + year);
    }
    lines.forEach(out::println);
    List<String> awareness = calendar.yearPhases().stream()
        .filter(p -> p.kind() == org.zhengbing.calendar.PhaseKind.AWARENESS_MONTH)
        .map(p -> p.span().start().toString().substring(0, 7) + (p.isIllustrative() ? "*" : "")).toList();
    if (!awareness.isEmpty()) {
      out.println("   Awareness months (征兵宣传月): " + String.join(", ", awareness)
          + (awareness.stream().anyMatch(a -> a.endsWith("*")) ? "  (* ILLUSTRATIVE)" : ""));
    }
    List<Phase> now = calendar.phasesOn(on);
    out.println("   In progress on " + on + ": " + (now.isEmpty() ? "nothing"
        : String.join("; ", now.stream().map(CalendarCommand::title).toList())));
    out.println();

    // 5. the three accounts of three personas
    // the statements count service from the calendar's approval date, so the two parts of the demo agree
    out.println("5. The three accounts (三本账) of three personas enlisting in " + district.name() + " in spring "
        + year + ", approved on " + season.approvalDate() + " (the calendar's approval date)");
    ThreeAccountsCalculator accounts = ThreeAccountsCalculator.of(book);
    ThreeAccountsRenderer zh = ThreeAccountsRenderer.of(Locale.SIMPLIFIED_CHINESE);
    ThreeAccountsRenderer en = ThreeAccountsRenderer.of(Locale.ENGLISH);
    for (Persona p : personas(year)) {
      ThreeAccounts a = accounts.calculate(p.profile(), DISTRICT, season.approvalDate());
      out.println("   " + p.label());
      if (fullStatements) {
        out.println();
        out.println(zh.text(a).strip());
        out.println();
        out.println(en.text(a).strip());
        out.println();
      } else {
        out.println("      political 政治账: " + titles(a.political()));
        out.println("      growth 成长账:    " + titles(a.growth()));
        List<String> items = new ArrayList<>();
        for (Benefit benefit : a.economicItems()) {
          if (benefit.isPayable()) {
            items.add(benefit.kind().chineseName() + " " + zh.money(benefit.total())
                + (benefit.isIllustrative() ? "*" : ""));
          }
        }
        out.println("      economic 经济账:  " + String.join("; ", items));
        out.println("      zh: " + zh.summary(a).strip());
        out.println("      en: " + en.summary(a).strip());
      }
    }
    if (!fullStatements) {
      out.println("   * rests on an ILLUSTRATIVE figure. Whole statements with reasons and citations: demo --full, "
          + "or the accounts command (accounts --help).");
    }
    return 0;
  }

  private static String titles(List<AccountItem> items) {
    return items.isEmpty() ? "-" : String.join("; ", items.stream()
        .map(i -> i.title().zh() + " (" + i.title().en() + ")").toList());
  }

  static String mark(Provenance p) {
    return "[" + p.confidence() + "]";
  }

  static String source(Provenance p) {
    return p.citation().toShortString() + " (" + p.scope() + ", from " + p.effectiveFrom() + ")";
  }
}
