package org.zhengbing.core.param;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/** The INFO line an operator reads for each policy file loaded: name, SHA-256, values and definitions added. */
class PolicyReaderLoadSummaryTest {

  /** The FIPS 180-2 test vector: SHA-256("abc"). */
  private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  private static final String PROVINCE = """
      format: zhengbing-policy/1
      region: "510000"
      sources:
        sc: {document: 四川省示例文件, issuer: 四川省征兵办公室}
      parameters:
        discharge.base_per_year:
          values:
            - {from: 2024-01-01, value: 5000, confidence: ILLUSTRATIVE, citation: sc}
        local.liaison_officers:
          type: integer
          unit: people
          label: {zh: 联络员人数, en: Liaison officers}
          values:
            - {from: 2024-01-01, to: 2024-12-31, value: 3, confidence: LOCAL_DOCUMENT, citation: sc}
            - {from: 2025-01-01, value: 4, confidence: LOCAL_DOCUMENT, citation: sc}
      """;

  @Test
  void summaryNamesTheFileItsHashAndWhatItAdded() throws Exception {
    PolicyBook base = PolicyBook.nationalDefaults();
    PolicyBook book = base.withYaml(PROVINCE, "sichuan.yaml");
    byte[] sha = MessageDigest.getInstance("SHA-256").digest("abc".getBytes(StandardCharsets.US_ASCII));

    // three values (one of discharge.base_per_year, two of local.liaison_officers); one new definition
    assertThat(PolicyReader.loadSummary("sichuan.yaml", sha, base, book)).isEqualTo(
        "policy file loaded: sichuan.yaml (sha256 " + SHA256_OF_ABC + ", 3 values, 1 parameters defined)");
  }

  @Test
  void aFileThatAddsNothingSaysSo() {
    PolicyBook base = PolicyBook.empty();

    assertThat(PolicyReader.loadSummary("empty.yaml", new byte[] {0x0f, (byte) 0xa0}, base, base))
        .isEqualTo("policy file loaded: empty.yaml (sha256 0fa0, 0 values, 0 parameters defined)");
  }
}
