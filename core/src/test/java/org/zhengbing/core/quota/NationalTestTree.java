package org.zhengbing.core.quota;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.zhengbing.core.region.AdminLevel;
import org.zhengbing.core.region.Region;
import org.zhengbing.core.region.RegionCatalog;
import org.zhengbing.core.region.RegionCode;

/**
 * The whole 2023 division tree for cascade tests and benchmarks: the bundled provinces, prefectures and counties,
 * the committed township table, and each township's villages numbered 001, 002, ... from the committed counts, with
 * village weights (registered eligible youths) generated from a seed.
 */
public final class NationalTestTree {

  private static final String DIR = "/org/zhengbing/core/quota/2023/";

  private NationalTestTree() {}

  private static BufferedReader open(String name) throws IOException {
    InputStream in = NationalTestTree.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException("test resource missing: " + DIR + name);
    }
    return new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8),
        1 << 16);
  }

  /** Returns the catalogue of provinces, prefectures, counties and the 41,352 townships. */
  public static RegionCatalog catalogWithTownships() {
    try {
      return RegionCatalog.bundled().withTownships(new GZIPInputStream(
          NationalTestTree.class.getResourceAsStream(DIR + "streets.csv.gz"), 1 << 16), "streets.csv.gz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the number of villages of each township. */
  public static Map<RegionCode, Integer> villageCounts() {
    Map<RegionCode, Integer> counts = new HashMap<>(60_000);
    try (BufferedReader r = open("village-counts.csv.gz")) {
      String line = r.readLine();
      if (!"streetCode,villages".equals(line)) {
        throw new IllegalStateException("village-counts.csv.gz must start with 'streetCode,villages', but was "
            + line);
      }
      while ((line = r.readLine()) != null) {
        int comma = line.indexOf(',');
        counts.put(RegionCode.of(line.substring(0, comma)), Integer.parseInt(line.substring(comma + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  /**
   * Builds the national five-level tree with village weights drawn uniformly from {@code minWeight..maxWeight}
   * (a region without townships or villages gets a weight of the same range).
   */
  public static CascadeTree build(long seed, int minWeight, int maxWeight) {
    RegionCatalog catalog = catalogWithTownships();
    Map<RegionCode, Integer> villages = villageCounts();
    SplittableRandom random = new SplittableRandom(seed);
    CascadeTree.Builder b = CascadeTree.nationalBuilder();
    for (Region r : catalog.regions()) {
      RegionCode code = r.code();
      Integer count = villages.get(code);
      if (!catalog.children(code).isEmpty() || (count != null && count > 0)) {
        b.add(code);
      } else {
        b.add(code, random.nextInt(minWeight, maxWeight + 1));
      }
    }
    for (Region r : catalog.regions()) {
      if (r.level() != AdminLevel.TOWNSHIP) {
        continue;
      }
      Integer count = villages.get(r.code());
      long base = r.code().toLong() * 1000;
      for (int j = 1; count != null && j <= count; j++) {
        b.add(RegionCode.of(Long.toString(base + j)), random.nextInt(minWeight, maxWeight + 1));
      }
    }
    return b.build();
  }
}
