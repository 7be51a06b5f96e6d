package vn.motcua.dossier.web;

import java.util.Map;

/**
 * Where a constraint broken in a new dossier shows on the counter, and what it says: the property
 * path of the violation mapped onto the field's component and its message key.
 */
record FieldOfRequest(String componentId, String messageKey) {

  private static final Map<String, FieldOfRequest> FIELDS =
      Map.ofEntries(
          field("applicant.idNumber", "idNumber"),
          field("applicant.idNumberValid", "idNumber"),
          field("applicant.fullName", "fullName"),
          field("applicant.birthDate", "birthDate"),
          field("applicant.address", "address"),
          field("applicant.addressUnitCode", "addressUnit"),
          field("applicant.phone", "phone"),
          field("applicant.email", "email"),
          field("proxy.fullName", "proxyName"),
          field("proxy.idNumber", "proxyIdNumber"),
          field("proxy.phone", "proxyPhone"),
          field("subjectAddressUnitCode", "subjectAddressUnit"),
          field("sets", "sets"),
          field("copies", "copies"));

  private static Map.Entry<String, FieldOfRequest> field(String path, String componentId) {
    return Map.entry(path, new FieldOfRequest(componentId, "counter.invalid." + path));
  }

  /** The field of a property path; anything else shows at the top (no component) in general. */
  static FieldOfRequest of(String path) {
    return FIELDS.getOrDefault(path, new FieldOfRequest(null, "counter.invalid"));
  }
}
