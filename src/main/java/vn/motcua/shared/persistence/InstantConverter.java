package vn.motcua.shared.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant} in {@code timestamptz} columns. JPA 3.1 has no mapping for Instant (it
 * would be serialized to bytes); as an {@link OffsetDateTime} in UTC the PostgreSQL driver writes
 * the exact instant, whatever the JVM's time zone.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }

  /**
   * A {@code timestamptz} as a native query returns it (an {@link OffsetDateTime}, or a {@link
   * java.sql.Timestamp} depending on the driver's path), as an instant; null stays null.
   */
  public static Instant instant(Object column) {
    if (column == null) {
      return null;
    }
    return column instanceof OffsetDateTime odt
        ? odt.toInstant()
        : ((java.sql.Timestamp) column).toInstant();
  }
}
