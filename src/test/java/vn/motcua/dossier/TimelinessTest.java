package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelinessTest {

  @Test
  void timelinessFollowsThePinnedRule() {
    var due = Play.at("2026-05-05T10:00");
    assertThat(Timeliness.of(Play.at("2026-05-04T16:59"), due)).isEqualTo(Timeliness.EARLY);
    assertThat(Timeliness.of(Play.at("2026-05-05T07:00"), due)).isEqualTo(Timeliness.ON_TIME);
    assertThat(Timeliness.of(due, due)).isEqualTo(Timeliness.ON_TIME);
    assertThat(Timeliness.of(due.plusSeconds(1), due)).isEqualTo(Timeliness.LATE);
  }
}
