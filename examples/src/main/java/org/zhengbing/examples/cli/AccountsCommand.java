package org.zhengbing.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.joda.money.Money;
import org.zhengbing.calendar.Sex;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.accounts.ThreeAccounts;
import org.zhengbing.policy.accounts.ThreeAccountsCalculator;
import org.zhengbing.policy.accounts.ThreeAccountsRenderer;
import org.zhengbing.policy.profile.AcademicYear;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.InvalidProfileException;
import org.zhengbing.policy.profile.ProfileJson;
import org.zhengbing.policy.profile.StudyStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The three accounts (三本账) of a candidate given by options or a profile JSON file. */
@Command(name = "accounts", mixinStandardHelpOptions = true,
    header = "The three accounts of a young person. / "
        + "算清三本账：政治账、成长账、经济账。",
    footerHeading = "%nExample (示例):%n",
    footer = {
        "  zhengbing accounts --birth-date 2007-03-01 --education undergraduate --wage 6000",
        "  zhengbing accounts --profile p.json --format html --out accounts.html",
    },
    description = {"Work out the three accounts (三本账: political, growth and economic) of a young person, given "
        + "by options or by a profile JSON file (--profile, the ProfileJson format), in Chinese or English.",
        "Figures resting on ILLUSTRATIVE values are flagged in the output."})
final class AccountsCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { text, summary, markdown, html, json }

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--profile", paramLabel = "FILE",
      description = "A profile JSON file; the options below then only override its region and date.")
  Path profile;

  @Option(names = "--sex", paramLabel = "SEX", defaultValue = "male", description = "male or female (default "
      + "${DEFAULT-VALUE}).")
  String sex;

  @Option(names = "--birth-date", paramLabel = "DATE", description = "Date of birth, ISO (needed without --profile).")
  LocalDate birthDate;

  @Option(names = "--education", paramLabel = "LEVEL", defaultValue = "senior_high",
      description = "junior_high, senior_high, junior_college, undergraduate or postgraduate (default "
          + "${DEFAULT-VALUE}).")
  String education;

  @Option(names = "--study-status", paramLabel = "STATUS", defaultValue = "fresh_graduate",
      description = "freshman, student, final_year, fresh_graduate or previous_graduate (default ${DEFAULT-VALUE}).")
  String studyStatus;

  @Option(names = "--tuition", paramLabel = "YUAN",
      description = "Tuition paid in one academic year, in yuan; repeat once per year.")
  List<String> tuition = new ArrayList<>();

  @Option(names = "--region", paramLabel = "CODE",
      description = "Region of enlistment (default 500116, or the profile file's).")
  RegionCode region;

  @Option(names = "--term", paramLabel = "TERM",
      description = "Season of enlistment such as 2026-SPRING (default: the profile file's, or the season of today "
          + "in Asia/Shanghai).")
  String term;

  @Option(names = "--date", paramLabel = "DATE",
      description = "Approval date (批准入伍日期), which gives the season; default: the policy's for the term.")
  LocalDate date;

  @Option(names = "--wage", paramLabel = "YUAN",
      description = "Compare with this expected monthly wage instead of the region's average wage.")
  String wage;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--locale", paramLabel = "LOCALE", defaultValue = "zh-CN",
      description = "zh-CN or en (default ${DEFAULT-VALUE}).")
  String locale;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (whole or not at all).")
  Path out;

  @Override
  public Integer call() {
    Locale loc = locale(spec.commandLine(), locale);
    ThreeAccountsCalculator calc = ThreeAccountsCalculator.of(common.book());
    ThreeAccounts accounts;
    if (profile != null) {
      if (birthDate != null || !tuition.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--birth-date and --tuition describe a profile given by options: put them in the --profile file");
      }
      CandidateProfile p = readProfile(profile);
      if (wage != null && (region != null || date != null || term != null)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--wage cannot be combined with --region, --term or --date for a --profile file: put them in the file");
      }
      RegionCode r = region != null ? region : p.enlistmentRegion();
      if (date != null) {
        accounts = calc.calculate(p, r, date);
      } else if (region != null || term != null) {
        accounts = calc.calculate(p, r, term != null ? term(term) : p.enlistmentTerm());
      } else if (wage != null) {
        accounts = calc.calculate(p, yuan("--wage", wage));
      } else {
        accounts = calc.calculate(p);
      }
    } else {
      if (birthDate == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "give the candidate by --profile FILE or by options with at least --birth-date");
      }
      CandidateProfile p = fromOptions();
      accounts = wage != null ? calc.calculate(p, yuan("--wage", wage)) : calc.calculate(p);
    }
    QuotaCommand.emit(spec.commandLine().getOut(), out, render(accounts, loc, format));
    return 0;
  }

  static String render(ThreeAccounts accounts, Locale locale, Format format) {
    ThreeAccountsRenderer r = ThreeAccountsRenderer.of(locale);
    String s = switch (format) {
      case text -> r.text(accounts);
      case summary -> r.summary(accounts);
      case markdown -> r.markdown(accounts);
      case html -> r.html(accounts);
      case json -> r.json(accounts);
    };
    return s.endsWith("\n") ? s : s + "\n";
  }

  static Locale locale(CommandLine cl, String tag) {
    return switch (tag) {
      case "zh-CN", "zh" -> Locale.SIMPLIFIED_CHINESE;
      case "en" -> Locale.ENGLISH;
      default -> throw new CommandLine.ParameterException(cl, "--locale must be zh-CN or en, but was '" + tag + "'");
    };
  }

  private CandidateProfile fromOptions() {
    CommandLine cl = spec.commandLine();
    Sex s = switch (sex) {
      case "male" -> Sex.MALE;
      case "female" -> Sex.FEMALE;
      default -> throw new CommandLine.ParameterException(cl, "--sex must be male or female, but was '" + sex + "'");
    };
    EducationLevel level = EducationLevel.ofKey(education).orElseThrow(() -> new CommandLine.ParameterException(cl,
        "--education must be one of junior_high, senior_high, junior_college, undergraduate, postgraduate, but was '"
            + education + "'"));
    StudyStatus status = StudyStatus.ofKey(studyStatus).orElseThrow(() -> new CommandLine.ParameterException(cl,
        "--study-status must be one of freshman, student, final_year, fresh_graduate, previous_graduate, but was '"
            + studyStatus + "'"));
    ConscriptionTerm t = term != null ? term(term) : date != null ? ConscriptionTerm.from(date) : todaysTerm();
    CandidateProfile.Builder b = CandidateProfile.builder();
    b.sex(s).birthDate(birthDate).educationLevel(level).studyStatus(status)
        .enlistmentRegion(region != null ? region : DemoCommand.DISTRICT).enlistmentTerm(t);
    if (date != null) {
      b.approvalDate(date);
    }
    for (String y : tuition) {
      b.addAcademicYears(AcademicYear.ofTuition(yuan("--tuition", y)));
    }
    return b.build();
  }

  /** The season of today in Asia/Shanghai, said on standard error so that the formats stay as they are. */
  private ConscriptionTerm todaysTerm() {
    LocalDate today = Options.dateOr(null, spec);
    ConscriptionTerm t = ConscriptionTerm.from(today);
    spec.commandLine().getErr().println("term: " + t + " (the season of " + Options.shown(null, today)
        .replace("--date to fix it", "--term to fix it") + ")");
    return t;
  }

  private ConscriptionTerm term(String text) {
    try {
      return ConscriptionTerm.parse(text);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--term: " + e.getMessage());
    }
  }

  private Money yuan(String option, String text) {
    try {
      return Cny.of(text);
    } catch (RuntimeException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + " must be an amount in yuan such as "
          + "4500 or 4500.50, but was '" + text + "'");
    }
  }

  static CandidateProfile readProfile(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputFileException(file.toString(), 0, "cannot read the file: it does not exist");
    } catch (IOException e) {
      throw new InputFileException(file.toString(), 0, "cannot read the file: " + e);
    }
    try {
      return ProfileJson.parse(json);
    } catch (InvalidProfileException e) {
      throw new InputFileException(file.toString(), 0, e.getMessage());
    }
  }
}
