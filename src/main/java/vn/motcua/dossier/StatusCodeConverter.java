package vn.motcua.dossier;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a dossier status as the national portal's status code (1-10). */
@Converter
public class StatusCodeConverter implements AttributeConverter<DossierStatus, Integer> {

  @Override
  public Integer convertToDatabaseColumn(DossierStatus status) {
    return status == null ? null : status.code();
  }

  @Override
  public DossierStatus convertToEntityAttribute(Integer code) {
    return code == null ? null : DossierStatus.ofCode(code);
  }
}
