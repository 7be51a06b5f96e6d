package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The role names written out as strings (annotations, payara-web.xml, SQL) match the enum. */
class RoleTest {

  @Test
  void nameConstantsAreExactlyTheRoles() throws Exception {
    var constants =
        Arrays.stream(Role.Names.class.getDeclaredFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()))
            .map(RoleTest::value)
            .toList();
    assertThat(constants)
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
  }

  @Test
  void everyRoleIsMappedToItsGroupInPayaraWebXml() throws Exception {
    String mapping = Files.readString(Path.of("src/main/webapp/WEB-INF/payara-web.xml"));
    for (Role role : Role.values()) {
      assertThat(mapping)
          .contains("<role-name>" + role + "</role-name><group-name>" + role + "</group-name>");
    }
  }

  @Test
  void theSchemaAcceptsEveryRole() throws Exception {
    String schema = Files.readString(Path.of("db-scripts/V1__accounts.sql"));
    for (Role role : Role.values()) {
      assertThat(schema).contains("'" + role + "'");
    }
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
