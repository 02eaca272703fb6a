package org.zhengbing.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.testing.CoreGenerators;

/**
 * The explanation codec writes every datum, citation and provenance so that reading it back gives an equal value:
 * every scalar kind, and citations and provenances with and without their optional parts.
 */
class ExplanationCodecPropertiesTest {

  @Test
  void everyScalarDatumRoundTrips() {
    for (Datum.Kind kind : CoreGenerators.SCALAR_KINDS) {
      qt().forAll(CoreGenerators.data(kind)).checkAssert(d ->
          assertThat(ExplanationCodec.readDatum(JsonTree.parse(JsonTree.write(ExplanationCodec.writeDatum(d))),
              "$")).as("%s", d).isEqualTo(d));
    }
  }

  @Test
  void everyCitationRoundTrips() {
    qt().forAll(CoreGenerators.citations()).checkAssert(c ->
        assertThat(ExplanationCodec.readCitation(JsonTree.parse(JsonTree.write(ExplanationCodec.writeCitation(c))),
            "$")).isEqualTo(c));
  }

  @Test
  void provenancesRoundTripWithAndWithoutTheirOptionalParts() {
    qt().forAll(CoreGenerators.citations(), CoreGenerators.confidences(), CoreGenerators.regionScopes(),
        org.quicktheories.generators.Generate.booleans()).checkAssert((c, conf, scope, full) -> {
          Provenance.Builder b = Provenance.builder().key("family_payment.annual_standard").scope(scope)
              .effectiveFrom(LocalDate.of(2021, 1, 1)).citation(c).confidence(conf);
          if (full) {
            b.effectiveUntil(LocalDate.of(2025, 12, 31)).origin("region-500116-jiangjin-sample.yaml");
          }
          Provenance p = b.build();
          assertThat(ExplanationCodec.readProvenance(JsonTree.parse(JsonTree.write(
              ExplanationCodec.writeProvenance(p))), "$")).isEqualTo(p);
        });
  }
}
