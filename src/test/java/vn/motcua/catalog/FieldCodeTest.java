package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A field added without a code gets one made from its name, like the seeded ones. */
class FieldCodeTest {

  @Test
  void theCodeIsTheNameFoldedAndDashed() {
    assertThat(FieldAdminService.codeFor("Hộ tịch")).isEqualTo("ho-tich");
    assertThat(FieldAdminService.codeFor("Đăng ký biện pháp bảo đảm"))
        .isEqualTo("dang-ky-bien-phap-bao-dam");
    assertThat(FieldAdminService.codeFor("  Đất đai, nhà ở (cấp xã) "))
        .isEqualTo("dat-dai-nha-o-cap-xa");
  }
}
