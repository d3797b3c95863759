package nl.aanjager.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An SBI 2008 code (Standaard Bedrijfsindeling, CBS) such as 62 or 62.01 that is in the shipped
 * code list ({@link SbiCatalogue}), or the division, group or class above a listed code: a typo
 * like 04 or 62.15 would otherwise put a company in a sector no report or label knows.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SbiCode.Validator.class)
public @interface SbiCode {
    String message() default "{aanjager.format.sbi-code}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A bean (not final, so it can be proxied) that gets the catalogue injected instead of reading the list again. */
    @ApplicationScoped
    class Validator implements ConstraintValidator<SbiCode, String> {
        @Inject
        SbiCatalogue catalogue;

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            return catalogue.isCompanyCode(value.trim());
        }
    }
}
