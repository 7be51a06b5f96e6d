package vn.motcua.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People find "Đăng ký khai sinh" however they type it. */
class VietnameseTextTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Đăng ký khai sinh, dang ky khai sinh",
    "ĐĂNG KÝ KHAI SINH, dang ky khai sinh",
    "dang ky khai sinh, dang ky khai sinh",
    "Chứng thực bản sao từ bản chính, chung thuc ban sao tu ban chinh",
    "Ủy ban nhân dân phường Hồng Gai, uy ban nhan dan phuong hong gai",
    "Giỗ Tổ Hùng Vương, gio to hung vuong",
    "'  Cấp   giấy  phép  ', cap giay phep",
    "Thuế tỉnh Quảng Ninh, thue tinh quang ninh"
  })
  void foldsDiacriticsCaseAndSpaces(String text, String folded) {
    assertThat(VietnameseText.fold(text)).isEqualTo(folded);
  }

  @ParameterizedTest(name = "decomposed input {0}")
  @CsvSource({"Đăng ký khai sinh"})
  void foldsDecomposedInputToo(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    assertThat(VietnameseText.fold(decomposed)).isEqualTo("dang ky khai sinh");
    assertThat(VietnameseText.fold(null)).isEmpty();
  }
}
