package vn.motcua.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import vn.motcua.document.internal.FileSweeper;
import vn.motcua.shared.problem.BusinessException;

/**
 * Test-only resource, deployed by {@code FileStoreIT}: drives the file store through the real
 * container as a dossier's service will, each request one transaction.
 */
@Path("/v1/test-files")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class FileStoreProbeResource {

  static final String ACTOR = "probe";

  @Inject private FileStore store;
  @Inject private FileSweeper sweeper;

  /** Stores the body as a file named {@code name}; commits. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Transactional
  public FileInfo store(@QueryParam("name") String name, InputStream body) {
    return store.store(body, name, ACTOR);
  }

  /** Stores the body, then fails: the transaction rolls back after the file was written. */
  @POST
  @Path("/then-fail")
  @Consumes(MediaType.WILDCARD)
  @Transactional
  public FileInfo storeThenFail(@QueryParam("name") String name, InputStream body) {
    FileInfo stored = store.store(body, name, ACTOR);
    throw new BusinessException(
        BusinessException.Kind.CONFLICT,
        "rolled-back-on-purpose",
        "Stored file " + stored.id() + ", then failed");
  }

  @GET
  @Path("/{id}")
  public FileInfo find(@PathParam("id") long id) {
    return store.find(id);
  }

  @GET
  @Path("/{id}/content")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  public StreamingOutput content(@PathParam("id") long id) {
    InputStream content = store.open(id);
    return out -> {
      try (content) {
        content.transferTo(out);
      }
    };
  }

  /** The size of a dossier holding these files, refused above the limit. */
  @POST
  @Path("/dossier-total")
  @Consumes(MediaType.APPLICATION_JSON)
  public long dossierTotal(List<Long> ids) {
    return store.checkDossierTotal(ids);
  }

  /** Runs the hourly sweep now, with the configured grace period. */
  @POST
  @Path("/sweep")
  public int sweep() {
    return sweeper.sweep();
  }
}
