package vn.motcua.shared.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves a violation's field name drops the Java method and argument that declared it. */
class ConstraintViolationFieldNameTest {

  @Test
  void methodParameterGivesTheParameterName() {
    assertThat(
            fieldName(node(ElementKind.METHOD, "create"), node(ElementKind.PARAMETER, "username")))
        .isEqualTo("username");
  }

  @Test
  void propertyOfAnUnnamedParameterGivesThePropertyName() {
    assertThat(
            fieldName(
                node(ElementKind.METHOD, "create"),
                node(ElementKind.PARAMETER, "arg0"),
                node(ElementKind.PROPERTY, "fullName")))
        .isEqualTo("fullName");
  }

  @Test
  void propertyOfANamedParameterKeepsTheParameterName() {
    assertThat(
            fieldName(
                node(ElementKind.METHOD, "receive"),
                node(ElementKind.PARAMETER, "dossier"),
                node(ElementKind.PROPERTY, "code")))
        .isEqualTo("dossier.code");
  }

  @Test
  void nestedPropertiesAreJoinedWithDots() {
    assertThat(
            fieldName(
                node(ElementKind.PROPERTY, "applicant"), node(ElementKind.PROPERTY, "idNumber")))
        .isEqualTo("applicant.idNumber");
  }

  @Test
  void constructorNodeIsDropped() {
    assertThat(
            fieldName(
                node(ElementKind.CONSTRUCTOR, "Dossier"), node(ElementKind.PARAMETER, "applicant")))
        .isEqualTo("applicant");
  }

  private static String fieldName(Path.Node... nodes) {
    return ProblemMappers.ConstraintViolationMapper.fieldName(
        new StubViolation(new StubPath(List.of(nodes))));
  }

  private static Path.Node node(ElementKind kind, String name) {
    return new StubNode(kind, name);
  }

  /** A path node as a validator builds it; its string form is its name. */
  private record StubNode(ElementKind kind, String name) implements Path.Node {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isInIterable() {
      return false;
    }

    @Override
    public Integer getIndex() {
      return null;
    }

    @Override
    public Object getKey() {
      return null;
    }

    @Override
    public ElementKind getKind() {
      return kind;
    }

    @Override
    public <T extends Path.Node> T as(Class<T> nodeType) {
      return nodeType.cast(this);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private record StubPath(List<Path.Node> nodes) implements Path {
    @Override
    public Iterator<Node> iterator() {
      return nodes.iterator();
    }
  }

  /** Only the property path matters to the field name. */
  private record StubViolation(Path path) implements ConstraintViolation<Object> {
    @Override
    public Path getPropertyPath() {
      return path;
    }

    @Override
    public String getMessage() {
      return "must not be blank";
    }

    @Override
    public String getMessageTemplate() {
      return "{jakarta.validation.constraints.NotBlank.message}";
    }

    @Override
    public Object getRootBean() {
      return null;
    }

    @Override
    public Class<Object> getRootBeanClass() {
      return Object.class;
    }

    @Override
    public Object getLeafBean() {
      return null;
    }

    @Override
    public Object[] getExecutableParameters() {
      return new Object[0];
    }

    @Override
    public Object getExecutableReturnValue() {
      return null;
    }

    @Override
    public Object getInvalidValue() {
      return null;
    }

    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return null;
    }

    @Override
    public <U> U unwrap(Class<U> type) {
      throw new UnsupportedOperationException();
    }
  }
}
