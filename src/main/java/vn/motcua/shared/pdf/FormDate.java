package vn.motcua.shared.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A date or an instant as administrative documents write it, in Vietnam time, in parts a template
 * puts words around: {@code ngày {{day}} tháng {{month}} năm {{year}}}, {@code {{hour}} giờ
 * {{minute}} phút}, or compactly {@code {{date}}} (24/11/2026) and {@code {{time}}} (08:30) in
 * tables. Decree 30/2020/ND-CP: a day below 10 and the months 1 and 2 take a leading zero (ngày 05
 * tháng 02), other months do not (tháng 3).
 */
public record FormDate(
    String day, String month, String year, String hour, String minute, String date, String time) {

  /** The time zone of every date MotCua prints. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The instant in Vietnam time; null for null, so that a template prints nothing. */
  public static FormDate of(Instant instant) {
    return instant == null ? null : of(LocalDateTime.ofInstant(instant, VIETNAM));
  }

  public static FormDate of(LocalDate date) {
    return date == null ? null : of(date.atStartOfDay());
  }

  private static FormDate of(LocalDateTime t) {
    int month = t.getMonthValue();
    return new FormDate(
        String.format("%02d", t.getDayOfMonth()),
        month <= 2 ? String.format("%02d", month) : String.valueOf(month),
        String.valueOf(t.getYear()),
        String.format("%02d", t.getHour()),
        String.format("%02d", t.getMinute()),
        String.format("%02d/%02d/%d", t.getDayOfMonth(), month, t.getYear()),
        String.format("%02d:%02d", t.getHour(), t.getMinute()));
  }
}
