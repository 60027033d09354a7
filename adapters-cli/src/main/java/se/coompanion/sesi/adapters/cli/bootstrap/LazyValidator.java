package se.coompanion.sesi.adapters.cli.bootstrap;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate Validator, built on the first validation: commands that validate nothing (help, version) do not
 * pay for starting it. Messages are interpolated without an expression language (ParameterMessageInterpolator),
 * which needs no EL library and starts faster.
 */
final class LazyValidator implements Validator {

    private final Supplier<Validator> validator = Suppliers.memoize(() -> Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator());

    @Override
    public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
        return validator.get().validate(object, groups);
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
        return validator.get().validateProperty(object, propertyName, groups);
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
            Class<?>... groups) {
        return validator.get().validateValue(beanType, propertyName, value, groups);
    }

    @Override
    public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
        return validator.get().getConstraintsForClass(clazz);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return validator.get().unwrap(type);
    }

    @Override
    public ExecutableValidator forExecutables() {
        return validator.get().forExecutables();
    }
}
