package vn.motcua.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.CalendarService;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.shared.problem.InvalidRequestException;
import vn.motcua.shared.problem.Problem;

/**
 * The due-date calculator for portals and kiosks: when is something received now due after a legal
 * time in working days or hours. Public, read-only.
 */
@Path("/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "calendar", description = "The province's working-day calendar")
public class CalendarResource {

  static final BigDecimal MAX_WORKING_DAYS = BigDecimal.valueOf(366);
  static final int MAX_WORKING_HOURS = 366 * 8;

  /** A due instant and what it was computed from. */
  @Schema(description = "A due instant computed by the province's working calendar")
  public record DueDate(
      @Schema(
              description = "The reception instant, in Vietnam time",
              example = "2026-02-13T10:00:00+07:00")
          String from,
      @Schema(
              description = "When the time runs out, in Vietnam time",
              example = "2026-02-23T10:00:00+07:00")
          String dueAt) {}

  @Inject private CalendarService calendars;

  @GET
  @Path("/due-date")
  @Operation(
      summary = "Due instant after a legal processing time",
      description =
          "Counts working time from `from` the way the regulations do: 8 working hours a day"
              + " (07:00-11:30 and 13:30-17:00 unless configured), Monday to Friday less the days"
              + " off plus the make-up working days; received after hours or on a day off, the"
              + " clock starts at the next working session. Give exactly one of `workingDays` and"
              + " `workingHours`.")
  @APIResponse(responseCode = "200", description = "The due instant")
  @APIResponse(
      responseCode = "400",
      description = "A parameter is missing or malformed; `errors` names each",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public DueDate dueDate(
      @Parameter(
              description = "Reception instant, ISO-8601 with offset",
              example = "2026-02-13T10:00:00+07:00",
              required = true)
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Legal time in working days, decimals allowed (0 to 366)",
              example = "1.5")
          @QueryParam("workingDays")
          String workingDays,
      @Parameter(description = "Legal time in working hours (0 to 2928)", example = "4")
          @QueryParam("workingHours")
          String workingHours) {
    List<Problem.InvalidParam> errors = new ArrayList<>();
    Instant received = parseInstant(from, errors);
    BigDecimal days = workingDays == null ? null : parseDays(workingDays, errors);
    Integer hours = workingHours == null ? null : parseHours(workingHours, errors);
    if ((workingDays == null) == (workingHours == null)) {
      errors.add(
          new Problem.InvalidParam(
              "workingDays", "give exactly one of workingDays and workingHours"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    WorkingCalendar calendar = calendars.calendar();
    Instant due =
        days != null
            ? calendar.dueAfterWorkingDays(received, days)
            : calendar.dueAfterWorkingHours(received, hours);
    return new DueDate(vietnamTime(received), vietnamTime(due));
  }

  private static Instant parseInstant(String text, List<Problem.InvalidParam> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new Problem.InvalidParam("from", "required"));
      return null;
    }
    try {
      // An unencoded "+07:00" in a query string arrives as " 07:00".
      return OffsetDateTime.parse(text.strip().replace(' ', '+')).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(
          new Problem.InvalidParam(
              "from", "not an ISO-8601 instant with offset, e.g. 2026-02-13T10:00:00+07:00"));
      return null;
    }
  }

  private static BigDecimal parseDays(String text, List<Problem.InvalidParam> errors) {
    try {
      BigDecimal days = new BigDecimal(text.strip());
      if (days.signum() < 0 || days.compareTo(MAX_WORKING_DAYS) > 0 || days.scale() > 3) {
        errors.add(
            new Problem.InvalidParam(
                "workingDays", "must be between 0 and 366, at most 3 decimals"));
        return null;
      }
      return days;
    } catch (NumberFormatException e) {
      errors.add(new Problem.InvalidParam("workingDays", "not a decimal number"));
      return null;
    }
  }

  private static Integer parseHours(String text, List<Problem.InvalidParam> errors) {
    try {
      int hours = Integer.parseInt(text.strip());
      if (hours < 0 || hours > MAX_WORKING_HOURS) {
        errors.add(
            new Problem.InvalidParam("workingHours", "must be between 0 and " + MAX_WORKING_HOURS));
        return null;
      }
      return hours;
    } catch (NumberFormatException e) {
      errors.add(new Problem.InvalidParam("workingHours", "not a whole number"));
      return null;
    }
  }

  private static String vietnamTime(Instant instant) {
    return OffsetDateTime.ofInstant(instant, WorkingCalendar.ZONE)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
