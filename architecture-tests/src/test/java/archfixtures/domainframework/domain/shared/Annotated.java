package archfixtures.domainframework.domain.shared;

import jakarta.validation.constraints.NotNull;

/** Violation: a framework annotation in the domain. */
public record Annotated(@NotNull String name) {
}
