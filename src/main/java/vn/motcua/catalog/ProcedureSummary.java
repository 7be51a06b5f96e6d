package vn.motcua.catalog;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A procedure as a list shows it: enough to choose one. */
public record ProcedureSummary(
    String code,
    String name,
    String fieldCode,
    String fieldName,
    String level,
    boolean nonTerritorial,
    String onlineLevel,
    BigDecimal processingDays,
    Integer processingHours,
    @Schema(
            type = SchemaType.STRING,
            example = "15:00:00",
            description = "For same-day procedures: received later, due the next working day")
        LocalTime sameDayCutOff) {}
