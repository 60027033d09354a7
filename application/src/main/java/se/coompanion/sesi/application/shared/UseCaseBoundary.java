package se.coompanion.sesi.application.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import se.coompanion.sesi.domain.shared.DomainException;

/**
 * Keeps the promise of the embedding API: only {@code InvalidInputException}, {@code NotFoundException} and
 * {@code ConflictException} leave a use case (bugs aside). A broken rule of the model ({@link DomainException})
 * is bad input and is reported as such.
 */
public final class UseCaseBoundary {

    private UseCaseBoundary() {
    }

    public static <T> T guard(Class<T> useCase, T service) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(service, args);
            }
            try {
                return method.invoke(service, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof DomainException domain) {
                    InvalidInputException invalid = InvalidInputException.of(domain);
                    invalid.addSuppressed(domain);
                    throw invalid;
                }
                throw cause;
            }
        };
        return useCase.cast(Proxy.newProxyInstance(useCase.getClassLoader(), new Class<?>[] {useCase}, handler));
    }
}
