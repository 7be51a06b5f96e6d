package vn.motcua.shared.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Tells the client's mistakes apart from ours: only a failure while reading the request body is a
 * malformed request (400). The same exception types raised elsewhere, such as while writing a
 * response, are our faults and reach the 500 mapper and the log.
 */
@Provider
public class MalformedBodyInterceptor implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (JsonbException | JsonException | ProcessingException | NoContentException e) {
      throw new MalformedBodyException(e);
    }
  }
}
