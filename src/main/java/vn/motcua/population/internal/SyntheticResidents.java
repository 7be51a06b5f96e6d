package vn.motcua.population.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import vn.motcua.population.CitizenId;
import vn.motcua.population.Resident;

/**
 * The simulator's people: made up, Vietnamese, and consistent with their ID number. The same number
 * gives the same person every time and on every machine ({@link Random}'s algorithm is fixed by its
 * specification, seeded from the number); the year of birth and the gender are the ones the number
 * encodes ({@link CitizenId}); the permanent residence is in one of the given commune-level units.
 *
 * <p>Nobody holds a number (the look-up's NOT_FOUND) when its last four digits are {@code 0000},
 * when its first three are not the code of a province that registers births, or when it encodes a
 * birth that has not happened yet.
 */
final class SyntheticResidents {

  /** A commune-level unit a person can live in. */
  record Unit(String code, String fullName, String kind) {}

  /**
   * The codes of the 63 provinces in the first three digits of an ID number (Circular
   * 07/2016/TT-BCA): the provinces as they were before the 2025 mergers, which registered the
   * births of everyone holding a number today. Quang Ninh is {@code 022}.
   */
  static final Set<String> BIRTH_PROVINCES =
      Set.of(
          "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
          "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
          "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
          "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
          "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Phan", "Đặng", "Bùi", "Đỗ", "Ngô", "Hồ",
    "Dương", "Đinh", "Trịnh", "Đào", "Lương", "Mai", "Cao", "Lý", "Tạ", "Lưu"
  };

  /** Per thousand people, roughly as in the north of Vietnam. */
  private static final int[] FAMILY_WEIGHTS = {
    380, 110, 95, 70, 50, 40, 40, 21, 20, 14, 13, 13, 10, 10, 8, 8, 5, 5, 5, 5, 3, 3
  };

  private static final String[] MALE_MIDDLE = {
    "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Thanh", "Ngọc", "Trung", "Mạnh", "Tuấn", "Gia"
  };
  private static final String[] FEMALE_MIDDLE = {
    "Thu", "Ngọc", "Thanh", "Minh", "Phương", "Hồng", "Kim", "Thùy", "Bích", "Mai", "Khánh", "Bảo"
  };
  private static final String[] MALE_GIVEN = {
    "Anh", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Hải", "Hiếu", "Hòa", "Hùng", "Huy", "Khánh",
    "Khoa", "Kiên", "Long", "Lâm", "Mạnh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn",
    "Tài", "Thắng", "Thành", "Trung", "Tuấn", "Tùng", "Việt", "Vinh"
  };
  private static final String[] FEMALE_GIVEN = {
    "Anh", "Chi", "Dung", "Giang", "Hà", "Hằng", "Hạnh", "Hoa", "Hương", "Huyền", "Lan", "Linh",
    "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thu",
    "Thủy", "Trang", "Tuyết", "Vân", "Xuân", "Yến"
  };
  private static final String[] VILLAGES = {
    "Đông",
    "Tây",
    "Nam",
    "Bắc",
    "Trung",
    "Thượng",
    "Hạ",
    "Tân Lập",
    "Đồng Tâm",
    "Bình Minh",
    "Quyết Tiến",
    "Thắng Lợi",
    "Hòa Bình",
    "Đoàn Kết",
    "Cái Tăng",
    "Khe Lặc"
  };

  private final List<Unit> units;

  /**
   * @param units where people live; the order does not matter (they are sorted by code), but
   *     changing the list changes where some people live
   */
  SyntheticResidents(List<Unit> units) {
    if (units.isEmpty()) {
      throw new IllegalArgumentException("The simulator needs at least one commune-level unit");
    }
    this.units = units.stream().sorted(Comparator.comparing(Unit::code)).toList();
  }

  /** The person holding this number, or empty when nobody does (as of {@code today}). */
  Optional<Resident> holder(CitizenId id, LocalDate today) {
    if (id.sequence().endsWith("0000") || !BIRTH_PROVINCES.contains(id.provinceCode())) {
      return Optional.empty();
    }
    Random random = new Random(seed(id));
    int year = id.birthYear();
    LocalDate birthDate = Year.of(year).atDay(1 + random.nextInt(Year.of(year).length()));
    if (birthDate.isAfter(today)) {
      return Optional.empty();
    }
    Resident.Gender gender = id.gender();
    boolean male = gender == Resident.Gender.MALE;
    String family = weighted(random, FAMILY, FAMILY_WEIGHTS);
    // "Văn" and "Thị" were the usual middle names of the 20th century, much less so since.
    String given = pick(random, male ? MALE_GIVEN : FEMALE_GIVEN);
    String middle;
    if (random.nextInt(100) < (year < 2000 ? 60 : 20)) {
      middle = male ? "Văn" : "Thị";
    } else {
      middle = pick(random, male ? MALE_MIDDLE : FEMALE_MIDDLE);
      if (middle.equals(given)) {
        middle = male ? "Văn" : "Thị";
      }
    }
    Unit unit = units.get(random.nextInt(units.size()));
    return Optional.of(
        new Resident(
            id.value(),
            family + " " + middle + " " + given,
            birthDate,
            gender,
            address(random, unit),
            unit.code()));
  }

  private static String address(Random random, Unit unit) {
    if ("WARD".equals(unit.kind())) {
      return "Số "
          + (1 + random.nextInt(250))
          + ", Tổ "
          + (1 + random.nextInt(30))
          + ", Khu "
          + (1 + random.nextInt(12))
          + ", "
          + unit.fullName();
    }
    return "Thôn " + pick(random, VILLAGES) + ", " + unit.fullName();
  }

  private static long seed(CitizenId id) {
    return Long.parseLong(id.value()) * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
  }

  private static String pick(Random random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String weighted(Random random, String[] choices, int[] weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int draw = random.nextInt(total);
    for (int i = 0; i < choices.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return choices[i];
      }
    }
    throw new AssertionError("weights sum to " + total);
  }
}
