package org.zhengbing.examples.integration;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.joda.money.Money;
import org.zhengbing.calendar.Sex;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.examples.cli.InputFileException;
import org.zhengbing.examples.cli.ProgressBar;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.benefit.BenefitKind;
import org.zhengbing.policy.benefit.BenefitTotals;
import org.zhengbing.policy.benefit.BenefitsCalculator;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.StudyStatus;

/**
 * Batch economic totals for a CSV file of registrants (a million is fine): the file is streamed in chunks, each
 * chunk goes through the calculators' totals path (no explanations, rules resolved once per region and term), and
 * the amounts are summed exactly, per benefit and overall, with a progress bar on standard error.
 *
 * <p>The file has the header {@code sex,birthDate,educationLevel,studyStatus,enlistmentRegion,enlistmentTerm} and
 * one registrant a line, with the same values as the profile JSON ({@code male,2005-03-01,undergraduate,freshman,
 * 500116,2026-SPRING}). {@link #writeSample} writes a generated file of any size.
 *
 * <pre>{@code
 * java -cp examples/target/zhengbing.jar org.zhengbing.examples.integration.BatchTotals registrants.csv 1000000
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BatchTotals {

  /** The header of a registrants file. */
  public static final String HEADER = "sex,birthDate,educationLevel,studyStatus,enlistmentRegion,enlistmentTerm";

  private static final int CHUNK = 10_000;

  private final BenefitsCalculator calculator;

  private BatchTotals(BenefitsCalculator calculator) {
    this.calculator = calculator;
  }

  /**
   * Obtains a batch computing with a policy.
   *
   * @param book  the policy, not null
   * @return the batch, never null
   */
  public static BatchTotals of(PolicyBook book) {
    return new BatchTotals(BenefitsCalculator.of(checkNotNull(book, "book")));
  }

  /** The totals of a file: how many registrants, the sum of each benefit and the grand total. */
  public record Summary(long registrants, ImmutableMap<BenefitKind, Money> byKind, Money grandTotal) {
    /**
     * Creates a summary.
     *
     * @param registrants  the number of registrants
     * @param byKind  the sum of each benefit
     * @param grandTotal  the sum of all
     */
    public Summary {
      checkNotNull(byKind, "byKind");
      checkNotNull(grandTotal, "grandTotal");
    }
  }

  /**
   * Computes the totals of a registrants file.
   *
   * @param file  the CSV file, not null
   * @param progress  where the progress bar is drawn (files of 1 MB or more), not null
   * @return the totals, never null
   * @throws InputFileException if the file cannot be read or a line is malformed, naming the file and line
   * @throws org.zhengbing.core.param.ParameterNotFoundException if the policy does not cover a registrant's term
   */
  public Summary run(Path file, PrintWriter progress) {
    checkNotNull(file, "file");
    checkNotNull(progress, "progress");
    String name = file.toString();
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new InputFileException(name, 0, "cannot read the file: " + e);
    }
    ProgressBar bar = new ProgressBar(progress, "registrants", size, 1 << 20);
    Map<BenefitKind, Money> sums = new EnumMap<>(BenefitKind.class);
    for (BenefitKind k : BenefitKind.values()) {
      sums.put(k, Cny.ZERO);
    }
    Money grand = Cny.ZERO;
    long count = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.strip().equals(HEADER)) {
        throw new InputFileException(name, 1, "header must be '" + HEADER + "', but was '" + header + "'");
      }
      bar.advance(header.length() + 1L);
      List<CandidateProfile> chunk = new ArrayList<>(CHUNK);
      int lineNo = 1;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        bar.advance(line.length() + 1L);
        if (line.isBlank()) {
          continue;
        }
        chunk.add(parse(line, name, lineNo));
        if (chunk.size() == CHUNK) {
          grand = grand.plus(add(sums, calculator.totals(chunk)));
          count += chunk.size();
          chunk.clear();
        }
      }
      grand = grand.plus(add(sums, calculator.totals(chunk)));
      count += chunk.size();
    } catch (IOException e) {
      throw new InputFileException(name, 0, "cannot read the file: " + e);
    }
    bar.finish();
    return new Summary(count, ImmutableMap.copyOf(sums), grand);
  }

  private static Money add(Map<BenefitKind, Money> sums, BenefitTotals totals) {
    for (BenefitKind k : BenefitKind.values()) {
      sums.put(k, sums.get(k).plus(totals.sum(k)));
    }
    return totals.grandTotal();
  }

  static CandidateProfile parse(String line, String file, int lineNo) {
    String[] f = line.split(",", -1);
    if (f.length != 6) {
      throw new InputFileException(file, lineNo, "row must have 6 fields (" + HEADER + "), but had " + f.length
          + ": '" + line + "'");
    }
    try {
      return CandidateProfile.builder()
          .sex(switch (f[0].strip()) {
            case "male" -> Sex.MALE;
            case "female" -> Sex.FEMALE;
            default -> throw new IllegalArgumentException("sex must be male or female, but was '" + f[0] + "'");
          })
          .birthDate(LocalDate.parse(f[1].strip()))
          .educationLevel(EducationLevel.ofKey(f[2].strip()).orElseThrow(() -> new IllegalArgumentException(
              "educationLevel must be a key such as undergraduate, but was '" + f[2] + "'")))
          .studyStatus(StudyStatus.ofKey(f[3].strip()).orElseThrow(() -> new IllegalArgumentException(
              "studyStatus must be a key such as fresh_graduate, but was '" + f[3] + "'")))
          .enlistmentRegion(RegionCode.tryParse(f[4].strip()).orElseThrow(() -> new IllegalArgumentException(
              "enlistmentRegion must be a region code, but was '" + f[4] + "'")))
          .enlistmentTerm(ConscriptionTerm.parse(f[5].strip()))
          .build();
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new InputFileException(file, lineNo, String.valueOf(e.getMessage()));
    }
  }

  private static final String[][] STUDIES = {
      {"senior_high", "fresh_graduate"}, {"senior_high", "previous_graduate"}, {"junior_college", "freshman"},
      {"junior_college", "student"}, {"junior_college", "fresh_graduate"}, {"undergraduate", "freshman"},
      {"undergraduate", "student"}, {"undergraduate", "final_year"}, {"undergraduate", "fresh_graduate"},
      {"postgraduate", "student"}};
  private static final String[] TERMS = {"2025-SPRING", "2025-AUTUMN", "2026-SPRING", "2026-AUTUMN"};

  /**
   * Writes a generated registrants file for the sample district (500116): men and a few women aged 18 to 22,
   * of mixed education, over four terms; the same seed gives the same file.
   *
   * @param file  the file, not null
   * @param registrants  the number of lines, {@code >= 0}
   * @param seed  the random seed
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeSample(Path file, int registrants, long seed) {
    checkNotNull(file, "file");
    checkArgument(registrants >= 0, "registrants must be >= 0, but was %s", registrants);
    SplittableRandom random = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      for (int i = 0; i < registrants; i++) {
        String term = TERMS[random.nextInt(TERMS.length)];
        int year = Integer.parseInt(term.substring(0, 4));
        LocalDate birth = LocalDate.of(year - 18 - random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String[] study = STUDIES[random.nextInt(STUDIES.length)];
        w.write((random.nextInt(10) == 0 ? "female" : "male") + "," + birth + "," + study[0] + "," + study[1]
            + ",500116," + term + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e, e);
    }
  }

  /**
   * Computes the totals of a file on the bundled sample policy, first generating it if a size is given.
   *
   * @param args  the file, and optionally the number of registrants to generate into it
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: BatchTotals FILE [GENERATE_N]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    if (args.length > 1) {
      writeSample(file, Integer.parseInt(args[1]), 7);
    }
    PrintWriter err = new PrintWriter(System.err, true);
    Summary s = of(PolicySets.sampleRegions()).run(file, err);
    System.out.println(s.registrants() + " registrants, grand total " + s.grandTotal());
    s.byKind().forEach((k, v) -> System.out.println("  " + k.key() + " " + v));
  }
}
