package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CascadeCommandTest {

  @TempDir
  Path dir;

  Path townships;
  Path weights;

  @BeforeEach
  void copyTheDemoData() throws Exception {
    townships = dir.resolve("streets.csv");
    weights = dir.resolve("weights.csv");
    try (InputStream in = getClass().getResourceAsStream("/org/zhengbing/examples/cli/jiangjin-townships-2023.csv")) {
      Files.copy(in, townships);
    }
    try (InputStream in = getClass().getResourceAsStream(
        "/org/zhengbing/examples/cli/jiangjin-weights-illustrative.csv")) {
      Files.copy(in, weights);
    }
  }

  private static long sumPlaces(Path csv) throws Exception {
    try (Stream<String> lines = Files.lines(csv)) {
      return lines.skip(1).mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(',') + 1))).sum();
    }
  }

  @Test
  void cascadesADistrictTaskToItsTownships() throws Exception {
    Path out = dir.resolve("out");
    Cli r = Cli.run("cascade", "--root", "500116", "--townships", townships.toString(), "--weights",
        weights.toString(), "--total", "120", "--out", out.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    Path level = out.resolve("township.csv");
    assertThat(r.out()).contains("Cascaded 120 places from 500116 江津区 over 30 regions in 1 levels",
        "township: 30 regions, 120 places -> " + level);
    List<String> rows = Files.readAllLines(level);
    assertThat(rows).hasSize(31).first().isEqualTo("code,name,parent,weight,places");
    // the same hand calculation as the demo's: 双福街道 10.803 -> 11, 石门镇 4.5226 -> 5, 几江街道 4.5158 -> 4
    assertThat(rows).contains("500116004,双福街道,500116,1598,11", "500116103,石门镇,500116,669,5",
        "500116001,几江街道,500116,668,4");
    assertThat(sumPlaces(level)).isEqualTo(120);
    assertThat(r.err()).isEmpty(); // 30 regions: no progress bar
  }

  @Test
  void aLargeTreeShowsAProgressBarAndWritesOneCsvPerLevel() throws Exception {
    // two synthetic villages under each township (codes are made up; names are placeholders)
    Path villages = dir.resolve("villages.csv");
    StringBuilder v = new StringBuilder("code,name,streetCode,provinceCode,cityCode,areaCode\n");
    StringBuilder w = new StringBuilder("code,weight\n");
    for (String line : Files.readAllLines(townships).subList(1, 31)) {
      String t = line.substring(0, 9);
      for (int i = 1; i <= 2; i++) {
        String code = t + "00" + i;
        v.append(code).append(",村").append(i).append(',').append(t).append(",50,5001,500116\n");
        w.append(code).append(',').append(i * 10).append('\n');
      }
    }
    Files.writeString(villages, v);
    Files.writeString(weights, w);
    Path out = dir.resolve("out");
    Cli r = Cli.run("cascade", "--root", "500116", "--townships", townships.toString(), "--villages",
        villages.toString(), "--weights", weights.toString(), "--total", "90", "--out", out.toString(),
        "--progress-threshold", "50");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).contains("reading " + townships + " and " + villages, "writing: 90/90 done");
    // every township weighs 10 + 20 = 30: 90 / 30 townships = 3 each, split 1 : 2 between its villages
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("ties.csv", "township.csv", "village.csv");
    }
    assertThat(Files.readAllLines(out.resolve("township.csv"))).contains("500116001,几江街道,500116,30,3");
    assertThat(Files.readAllLines(out.resolve("village.csv")))
        .contains("500116001001,村1,500116001,10,1", "500116001002,村2,500116001,20,2");
    assertThat(sumPlaces(out.resolve("village.csv"))).isEqualTo(90);
    // no tie: 3 places at weights 10 : 20 give quotas 1 and 2 exactly; the ties file has its header only
    assertThat(Files.readAllLines(out.resolve("ties.csv"))).containsExactly("code,name,level,places_for_children");
    assertThat(r.out()).contains("ties broken by the declared rule (larger weight, then code) among the children of "
        + "0 regions -> " + out.resolve("ties.csv"));

    // a second run into the same directory replaces it whole: a stale level file of the first run goes, and the
    // new files get the umask's permissions, not owner-only ones
    Files.writeString(out.resolve("county.csv"), "stale\n");
    Cli again = Cli.run("cascade", "--root", "500116", "--townships", townships.toString(), "--weights",
        dir.resolve("tw.csv").toString(), "--total", "60", "--out", out.toString());
    assertThat(again.code()).as(again.toString()).isEqualTo(1); // tw.csv does not exist yet
    assertThat(Files.exists(out.resolve("county.csv"))).isTrue(); // a failed run leaves the directory as it was
    StringBuilder tw = new StringBuilder("code,weight\n");
    for (String line : Files.readAllLines(townships).subList(1, 31)) {
      tw.append(line, 0, 9).append(",1\n");
    }
    Files.writeString(dir.resolve("tw.csv"), tw);
    again = Cli.run("cascade", "--root", "500116", "--townships", townships.toString(), "--weights",
        dir.resolve("tw.csv").toString(), "--total", "60", "--out", out.toString());
    assertThat(again.code()).as(again.toString()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("ties.csv", "township.csv");
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".out."));
    }
    // 30 townships of weight 1 share 60 places: 2 each, no tie
    assertThat(sumPlaces(out.resolve("township.csv"))).isEqualTo(60);
    if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.getPosixFilePermissions(
          out.resolve("township.csv"));
      Path probe = Files.createFile(dir.resolve("probe")); // created with the umask, as the output should be
      assertThat(perms).isEqualTo(Files.getPosixFilePermissions(probe));
    }
    // a directory holding other files is not replaced
    Files.writeString(out.resolve("notes.txt"), "mine\n");
    Cli refused = Cli.run("cascade", "--root", "500116", "--townships", townships.toString(), "--weights",
        dir.resolve("tw.csv").toString(), "--total", "60", "--out", out.toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("also holds notes.txt; nothing was written");
    assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine\n");
  }

  @Test
  void cascadesFromTheBundledCountiesWithoutFiles() throws Exception {
    // Chongqing's 38 counties (26 districts under 5001, 12 counties under 5002), every one weighing 1: the
    // prefectures weigh 26 and 12; 38 places -> 26 and 12, one per county
    StringBuilder w = new StringBuilder("code,weight\n");
    org.zhengbing.core.region.RegionCatalog cat = org.zhengbing.core.region.RegionCatalog.bundled();
    for (var pref : cat.children(org.zhengbing.core.region.RegionCode.of("500000"))) {
      for (var county : cat.children(pref.code())) {
        w.append(county.code()).append(",1\n");
      }
    }
    Files.writeString(weights, w);
    Path out = dir.resolve("cq");
    Cli r = Cli.run("cascade", "--root", "500000", "--weights", weights.toString(), "--total", "38", "--out",
        out.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(Files.readAllLines(out.resolve("prefecture.csv")))
        .contains("500100,市辖区,500000,26,26", "500200,县,500000,12,12");
    assertThat(sumPlaces(out.resolve("county.csv"))).isEqualTo(38);
  }

  @Test
  void oneNationalWeightTableServesTheNationAndEveryRoot() throws Exception {
    // every leaf of the bundled catalogue (counties, and the 3 prefecture-level cities without counties) weighs 1;
    // a task equal to the number of leaves gives every leaf exactly 1 place (each quota is exactly 1)
    org.zhengbing.core.region.RegionCatalog cat = org.zhengbing.core.region.RegionCatalog.bundled();
    StringBuilder w = new StringBuilder("code,weight\n");
    int leaves = 0;
    for (var r : cat.regions()) {
      if (cat.children(r.code()).isEmpty()) {
        w.append(r.code()).append(",1\n");
        leaves++;
      }
    }
    Files.writeString(weights, w);
    Path nation = dir.resolve("nation");
    Cli r = Cli.run("cascade", "--weights", weights.toString(), "--total", String.valueOf(leaves), "--out",
        nation.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("Cascaded " + leaves + " places from the nation over ");
    try (Stream<String> lines = Files.lines(nation.resolve("county.csv"))) {
      assertThat(lines.skip(1)).allMatch(l -> l.endsWith(",1,1"));
    }
    assertThat(Files.readAllLines(nation.resolve("prefecture.csv"))).contains("441900,东莞市,440000,1,1");
    // the same national table for Chongqing alone: rows outside the root are skipped
    Cli cq = Cli.run("cascade", "--root", "500000", "--weights", weights.toString(), "--total", "38", "--out",
        dir.resolve("cq").toString());
    assertThat(cq.code()).as(cq.toString()).isZero();
    assertThat(cq.out()).contains("county: 38 regions, 38 places");
  }

  private Cli run(String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("cascade", "--root", "500116", "--townships",
        townships.toString(), "--weights", weights.toString(), "--total", "120", "--out",
        dir.resolve("out").toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void reportsBadWeightsWithFileAndLine() throws Exception {
    Files.writeString(weights, "code,weight\n500116001,5\n500116,7\n");
    Cli r = run();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: " + weights + ":3:1: code '500116' must be a leaf region of the catalogue "
        + "below 500116");
    Files.writeString(weights, "code,weight\n500116001,5\n500116001,7\n");
    assertThat(run().err()).contains(":3:1: code '500116001' must appear once, but appeared already on line 2");
    Files.writeString(weights, "code,weight\n50011600,5\n");
    assertThat(run().err()).contains(":2:1: code '50011600' region code must be a valid GB/T 2260 or NBS code, but was "
        + "'50011600'");
    Files.writeString(weights, "code,weight\n500116001,-5\n");
    assertThat(run().err()).contains(":2:2: weight '-5' must be a non-negative whole number");
    assertThat(Files.exists(dir.resolve("out"))).isFalse();
  }

  @Test
  void everyLeafNeedsAWeight() throws Exception {
    Files.writeString(weights, "code,weight\n500116001,5\n");
    Cli r = run();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: " + weights + ": every leaf region below 500116 must have a weight, "
        + "but 29 have none, the first 500116002 德感街道");
  }

  @Test
  void reportsABadDivisionFileWithItsLine() throws Exception {
    Files.writeString(townships, "code,name,areaCode,provinceCode,cityCode\n500116001,\"几江街道\",500116,50,5001\n"
        + "5001160x2,\"德感街道\",500116,50,5001\n");
    Cli r = run();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: " + townships + ":3:");
  }

  @Test
  void rootErrors() {
    Cli noKids = Cli.run("cascade", "--root", "500117", "--weights", weights.toString(), "--total", "1", "--out",
        dir.resolve("o").toString());
    assertThat(noKids.code()).isEqualTo(1);
    assertThat(noKids.err()).contains("--root must have regions below it, but 500117 has none");
    Cli unknown = Cli.run("cascade", "--root", "500199", "--weights", weights.toString(), "--total", "1", "--out",
        dir.resolve("o").toString());
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("--root must be a region of the loaded catalogue, but was 500199");
  }

  @Test
  void usageErrors() {
    Cli villagesAlone = Cli.run("cascade", "--root", "500116", "--villages", "v.csv", "--weights",
        weights.toString(), "--total", "1", "--out", dir.resolve("o").toString());
    assertThat(villagesAlone.code()).isEqualTo(2);
    assertThat(villagesAlone.err()).contains("--villages needs --townships");
    assertThat(run("--total", "-4").code()).isEqualTo(2);
    assertThat(Cli.run("cascade", "--root", "500116").code()).isEqualTo(2);
    Cli missing = run("--villages", dir.resolve("none.csv").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("none.csv: cannot read the file");
  }
}
