package org.zhengbing.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.param.PolicyFileException;
import org.zhengbing.core.quota.SeasonSplitter;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.policy.PolicySets;

class ReloadablePolicyTest {

  private static final RegionCode CHONGQING = RegionCode.of("500000");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @TempDir
  Path dir;

  private static String province(String share) {
    return """
        format: zhengbing-policy/1
        region: "500000"
        sources:
          cq: {document: "A province's season split (a test assumption)"}
        parameters:
          quota.season_split.spring_share:
            values:
              - {from: 2026-01-01, value: "%s", confidence: ILLUSTRATIVE, citation: cq}
        """.formatted(share);
  }

  private static Rate share(PolicyBook book) {
    return book.resolve(SeasonSplitter.SPRING_SHARE, RegionCode.of("500116"), DAY).value();
  }

  @Test
  void loadsAtStartUpAndSwapsOnReload() throws Exception {
    Path file = dir.resolve("chongqing.yaml");
    Files.writeString(file, province("45%"));
    ReloadablePolicy policy = ReloadablePolicy.load(PolicySets.nationalDefaults(), file);
    PolicyBook inFlight = policy.current();
    assertThat(share(inFlight)).isEqualTo(Rate.parse("45%")); // the province's value reaches its counties

    Files.writeString(file, province("40%"));
    PolicyBook next = policy.reload();
    assertThat(policy.current()).isSameAs(next);
    assertThat(share(policy.current())).isEqualTo(Rate.parse("40%"));
    assertThat(share(inFlight)).as("a request in flight keeps its book").isEqualTo(Rate.parse("45%"));
    assertThat(policy.file()).isEqualTo(file);
  }

  @Test
  void aBrokenEditKeepsThePreviousPolicy() throws Exception {
    Path file = dir.resolve("chongqing.yaml");
    Files.writeString(file, province("45%"));
    ReloadablePolicy policy = ReloadablePolicy.load(PolicySets.nationalDefaults(), file);
    PolicyBook before = policy.current();
    Files.writeString(file, province("forty percent"));
    assertThatThrownBy(policy::reload).isInstanceOf(PolicyFileException.class).hasMessageContaining(file.toString())
        .hasMessageContaining("forty percent");
    Files.delete(file);
    assertThatThrownBy(policy::reload).isInstanceOf(PolicyFileException.class).hasMessageContaining("does not exist");
    assertThat(policy.current()).isSameAs(before);
  }

  @Test
  void tryReloadSaysWhetherTheEditTookEffect() throws Exception {
    Path file = dir.resolve("chongqing.yaml");
    Files.writeString(file, province("45%"));
    ReloadablePolicy policy = ReloadablePolicy.load(PolicySets.nationalDefaults(), file);
    PolicyBook before = policy.current();

    Files.writeString(file, province("forty percent"));
    assertThat(policy.tryReload()).isFalse();
    assertThat(policy.current()).isSameAs(before);

    Files.writeString(file, province("40%"));
    assertThat(policy.tryReload()).isTrue();
    assertThat(share(policy.current())).isEqualTo(Rate.parse("40%"));
  }

  @Test
  void aBrokenFileFailsTheStartUp() throws Exception {
    Path file = dir.resolve("chongqing.yaml");
    Files.writeString(file, province("45%").replace("format:", "fromat:"));
    assertThatThrownBy(() -> ReloadablePolicy.load(PolicySets.nationalDefaults(), file))
        .isInstanceOf(PolicyFileException.class).hasMessageContaining(file + ":1:1");
  }
}
