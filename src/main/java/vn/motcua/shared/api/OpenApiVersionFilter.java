package vn.motcua.shared.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import vn.motcua.shared.config.BuildInfo;

/** Puts the build's version into the OpenAPI document, which annotations cannot read. */
public class OpenApiVersionFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI.getInfo().setVersion(BuildInfo.version());
  }
}
