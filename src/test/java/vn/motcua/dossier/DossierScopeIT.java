package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.enterprise.inject.spi.CDI;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.dossier.slip.Slip;
import vn.motcua.dossier.slip.SlipService;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;
import vn.motcua.shared.problem.BusinessException;
import vn.motcua.testing.Deployments;
import vn.motcua.testing.MotcuaIT;

/**
 * The scope half of the security matrix, at the services every screen and endpoint goes through:
 * every public method that takes a dossier's code is called, by reflection so that a method added
 * later is walked too, as each role of a unit that has nothing to do with the dossier. Each must
 * answer exactly as for a dossier that does not exist, and change nothing.
 */
@MotcuaIT
class DossierScopeIT {

  private static final String BIRTH = "1.001022";
  private static final long HONG_GAI_CENTER = 10;
  private static final long BAI_CHAY_CENTER = 14;
  private static final long PROVINCIAL_CENTER = 1;
  private static final long PROVINCIAL_POLICE = 130;

  /** The services that read or change one dossier by its code. */
  private static final List<Class<?>> SERVICES =
      List.of(
          DossierService.class, ProcessingService.class, ReceptionService.class, SlipService.class);

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainer();
  }

  @Test
  void everyServiceMethodTakingADossierCodeIsNotFoundForEveryRoleOfAnotherUnit() throws Exception {
    Receipt dossier = receivedAtHongGai();
    int history = historyOf(dossier);
    List<Method> walked = new ArrayList<>();
    // Collected, not soft assertions: AssertJ's proxies need Byte Buddy, not in the server.
    List<String> leaks = new ArrayList<>();
    for (Class<?> service : SERVICES) {
      Object bean = CDI.current().select(service).get();
      for (Method method : codeTakingMethods(service)) {
        walked.add(method);
        for (Actor stranger : strangers(method.getReturnType() == Receipt.class)) {
          Throwable outcome = call(bean, method, stranger, dossier);
          if (!(outcome instanceof BusinessException refused
              && refused.kind() == BusinessException.Kind.NOT_FOUND)) {
            leaks.add(
                service.getSimpleName()
                    + "."
                    + method.getName()
                    + " as "
                    + stranger.roles()
                    + ": "
                    + (outcome == null ? "answered" : outcome));
          }
        }
      }
    }
    assertThat(leaks).as("calls not refused as 'not found'").isEmpty();
    assertThat(walked)
        .as("the walk reaches reading, processing, reception and slips")
        .extracting(Method::getName)
        .contains("page", "documentFile", "forward", "finish", "accept", "slip");
    DossierView after = dossiers().dossier(Actor.system("test"), dossier.code());
    assertThat(after.version()).as("nothing changed").isEqualTo(dossier.version());
    assertThat(after.history()).as("nothing recorded").hasSize(history);
  }

  @Test
  void theWalksCallsAreAllowedToThoseTheDossierConcerns() throws Exception {
    // The same calls, made by the receiving clerk, read the dossier: what refuses the strangers
    // is their unit, not a call the walk got wrong.
    Receipt dossier = receivedAtHongGai();
    Actor clerk = Actor.person("clerk", HONG_GAI_CENTER, Set.of(Role.RECEIVING_CLERK));
    for (String reading : List.of("dossier", "page")) {
      Method method = DossierService.class.getMethod(reading, Actor.class, String.class);
      assertThat(call(dossiers(), method, clerk, dossier)).as(reading).isNull();
    }
    Method slip = SlipService.class.getMethod("slip", Actor.class, Slip.class, String.class);
    assertThat(slip.invoke(slips(), clerk, Slip.RECEIPT, dossier.code())).isNotNull();
  }

  /**
   * Each role, working at a center or an agency the dossier never reaches. The province's
   * administrator and auditor read every dossier (docs/security.md), so they are strangers only to
   * the changes.
   */
  private static List<Actor> strangers(boolean change) {
    List<Actor> strangers = new ArrayList<>();
    for (Role role : Role.values()) {
      boolean provincial = role == Role.PROVINCIAL_ADMIN || role == Role.AUDITOR;
      if (provincial && !change) {
        continue;
      }
      long unit =
          switch (role) {
            case RECEIVING_CLERK, CENTER_DIRECTOR -> BAI_CHAY_CENTER;
            case PROVINCIAL_ADMIN, AUDITOR -> PROVINCIAL_CENTER;
            default -> PROVINCIAL_POLICE;
          };
      strangers.add(Actor.person("stranger." + role.name().toLowerCase(), unit, Set.of(role)));
    }
    return strangers;
  }

  private static List<Method> codeTakingMethods(Class<?> service) {
    return Arrays.stream(service.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .filter(m -> Arrays.stream(m.getParameters()).anyMatch(DossierScopeIT::isCode))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  private static boolean isCode(Parameter parameter) {
    return parameter.getType() == String.class && parameter.getName().equals("code");
  }

  /** Calls the method with sensible arguments; returns what it threw, or null. */
  private static Throwable call(Object bean, Method method, Actor actor, Receipt dossier) {
    Object[] arguments =
        Arrays.stream(method.getParameters())
            .map(p -> argument(method, p, actor, dossier))
            .toArray();
    try {
      method.invoke(bean, arguments);
      return null;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      while (cause instanceof jakarta.ejb.EJBException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      return cause;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A valid value for each parameter, so that only the actor's scope can refuse the call. A type
   * the walk does not know fails the test: a new method must be taught, not skipped.
   */
  private static Object argument(Method method, Parameter p, Actor actor, Receipt dossier) {
    Class<?> type = p.getType();
    if (type == Actor.class) {
      return actor;
    }
    if (isCode(p)) {
      return dossier.code();
    }
    if (type == String.class) {
      return "Nội dung kiểm thử";
    }
    if (type == long.class || type == Long.class) {
      return p.getName().equals("version") ? dossier.version() : 1L;
    }
    if (type == Instant.class) {
      return Instant.now().plus(30, ChronoUnit.DAYS);
    }
    if (type == LocalDate.class) {
      return LocalDate.now();
    }
    if (type == Slip.class) {
      return Slip.RECEIPT;
    }
    if (type == ReturnMethod.class) {
      return ReturnMethod.AT_CENTER;
    }
    if (type == java.io.InputStream.class) {
      return new ByteArrayInputStream(new byte[0]);
    }
    if (type == List.class
        && p.getParameterizedType() instanceof ParameterizedType list
        && list.getActualTypeArguments()[0] instanceof Class<?> element) {
      if (element == ProvidedDocument.class) {
        return List.of(ProvidedDocument.paper(1, Provision.COPY));
      }
      if (element == ResultDetails.class) {
        return List.of(new ResultDetails("Kết quả", "1/2026", null));
      }
    }
    return fail("The scope walk has no sample for %s of %s: teach it one", p, method);
  }

  /** An online dossier for Hồng Gai's center, accepted and forwarded to Hồng Gai's committee. */
  private static Receipt receivedAtHongGai() {
    CatalogService catalog = CDI.current().select(CatalogService.class).get();
    ReceptionService reception = CDI.current().select(ReceptionService.class).get();
    ProcedureDetail procedure = catalog.procedure(BIRTH);
    List<ProvidedDocument> documents = new ArrayList<>();
    for (int i = 0; i < procedure.documents().size(); i++) {
      if (procedure.documents().get(i).nationalDatabase() == null) {
        documents.add(ProvidedDocument.paper(i + 1, Provision.COPY));
      }
    }
    String id = String.format("022193%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    NewDossier online =
        new NewDossier(
            BIRTH,
            Channel.ONLINE,
            HONG_GAI_CENTER,
            null,
            ReturnMethod.ONLINE,
            new ApplicantDetails(
                ApplicantType.CITIZEN,
                id,
                "Lê Thị Phạm Vi",
                LocalDate.of(1993, 5, 6),
                Gender.FEMALE,
                "Tổ 1, khu 2, phường Hồng Gai",
                "00541",
                "0912000222",
                null),
            null,
            null,
            1,
            1,
            documents);
    Receipt receipt = reception.register(Actor.system("portal"), online);
    Actor clerk = Actor.person("clerk", HONG_GAI_CENTER, Set.of(Role.RECEIVING_CLERK));
    receipt = reception.accept(clerk, receipt.code(), receipt.version());
    ProcessingService processing = CDI.current().select(ProcessingService.class).get();
    return processing.forward(clerk, receipt.code(), receipt.version(), "Đủ", null);
  }

  private static int historyOf(Receipt dossier) {
    return dossiers().dossier(Actor.system("test"), dossier.code()).history().size();
  }

  private static DossierService dossiers() {
    return CDI.current().select(DossierService.class).get();
  }

  private static SlipService slips() {
    return CDI.current().select(SlipService.class).get();
  }
}
