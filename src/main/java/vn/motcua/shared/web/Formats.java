package vn.motcua.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages show instants, dates and amounts: in Vietnam time and the Vietnamese way ({@code
 * 24/11/2026 14:30}, {@code 50.000 đ}), whatever the language of the screen, as the slips do.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

  /** The province's time zone: every instant is shown in it. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);
  private static final Locale VI = Locale.forLanguageTag("vi-VN");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public String instant(Instant instant) {
    return instant == null ? "" : INSTANT.format(instant);
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** A number of days or the like, without trailing zeros, with a decimal comma: {@code 0,5}. */
  public String number(BigDecimal number) {
    return number == null
        ? ""
        : NumberFormat.getNumberInstance(VI).format(number.stripTrailingZeros());
  }

  /** An amount in đồng, with dots between thousands. */
  public String money(long amount) {
    return NumberFormat.getIntegerInstance(VI).format(amount) + " đ";
  }
}
