package org.zhengbing.policy;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.PolicyReader;

/**
 * The bundled policy sets of the policy module: the national defaults with the benefit rules, and the same with the
 * sample region files.
 *
 * <pre>{@code
 * PolicyBook national = PolicySets.nationalDefaults();   // core's national defaults + the benefit rules
 * PolicyBook samples = PolicySets.sampleRegions();       // + Chengdu 2018, Nan'an 2014, Beijing 2016,
 *                                                        //   Changsha 2017 and the sample district Jiangjin
 * PolicyBook mine = PolicySets.nationalDefaults().withFile(Path.of("my-county.yaml"));
 * }</pre>
 *
 * <p>{@code benefits-national.yaml} defines the enumerations and parameters the benefit calculators read and gives
 * the national values that can be cited. The sample region files hold only figures published for those places and
 * years (DOMAIN.md §3), each cited; the sample district's figures are redacted in the seeds, so every Jiangjin value
 * is ILLUSTRATIVE. The sets are read once, on first use. This class is immutable and thread-safe.
 */
public final class PolicySets {

  /** The national benefit rules, read over {@link PolicyBook#nationalDefaults()}. */
  /** The policy module's national files, read in this order over {@link PolicyBook#nationalDefaults()}. */
  static final ImmutableList<String> NATIONAL = ImmutableList.of("benefits-national.yaml",
      "eligibility-national.yaml", "accounts/accounts-national.yaml");

  /** The sample region files, read in this order over the national set. */
  static final ImmutableList<String> SAMPLE_REGIONS = ImmutableList.of(
      "region-510100-chengdu-2018.yaml",
      "region-350583-nanan-2014.yaml",
      "region-110000-beijing-2016.yaml",
      "region-430100-changsha-2017.yaml",
      "region-445224-huilai-2023.yaml",
      "region-500116-jiangjin-sample.yaml");

  private PolicySets() {}

  private static final class National {
    static final PolicyBook INSTANCE = read(PolicyBook.nationalDefaults(), NATIONAL);
  }

  private static final class Samples {
    static final PolicyBook INSTANCE = read(National.INSTANCE, SAMPLE_REGIONS);
  }

  /**
   * Returns the national defaults with the benefit rules: core's bundled national parameters plus the benefit
   * enumerations, parameter definitions and national values.
   *
   * @return the policy, never null
   */
  public static PolicyBook nationalDefaults() {
    return National.INSTANCE;
  }

  /**
   * Returns the national defaults with the benefit rules and the sample region files: Chengdu 2018 (510100), Nan'an
   * 2014 (350583), Beijing 2016 (110000), Changsha 2017 (430100) and the illustrative sample district Jiangjin
   * (500116).
   *
   * @return the policy, never null
   */
  public static PolicyBook sampleRegions() {
    return Samples.INSTANCE;
  }

  /**
   * Returns the names of the bundled sample region files, in the order they are read.
   *
   * @return the names, never null
   */
  public static ImmutableList<String> sampleRegionFiles() {
    return SAMPLE_REGIONS;
  }

  private static PolicyBook read(PolicyBook base, ImmutableList<String> names) {
    PolicyBook book = base;
    for (String name : names) {
      try (InputStream in = PolicySets.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("bundled policy file is missing from the jar: " + name);
        }
        book = PolicyReader.read(in, "zhengbing-policy:" + name, book);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return book;
  }
}
