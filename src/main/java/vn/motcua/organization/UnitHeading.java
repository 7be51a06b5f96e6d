package vn.motcua.organization;

/**
 * How a unit heads the documents it issues (Decree 30/2020/ND-CP): its name, the body it belongs to
 * above it (the commune's People's Committee above a commune center, the provincial People's
 * Committee above the provincial center and the departments, a center above its reception point;
 * none for a People's Committee or a vertical agency), and the place name of the date line (the
 * commune of a commune-level unit, otherwise the province).
 */
public record UnitHeading(long id, String name, String parentBody, String place) {}
