package nl.aanjager.companies;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * An SBI code (Standaard Bedrijfsindeling, CBS) such as 62 or 62.01 whose division exists: a
 * typo like 04 or 34 would otherwise put a company in a sector no report shows.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SbiCode.Validator.class)
public @interface SbiCode {
    String message() default "{aanjager.format.sbi-code}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<SbiCode, String> {
        private static final Pattern FORMAT = Pattern.compile("[0-9]{2}(\\.?[0-9]{1,3}){0,2}");
        /** The divisions (first two digits) of SBI 2008; the numbers between them are not used. */
        private static final BitSet DIVISIONS = divisions("01-03", "05-33", "35-39", "41-43", "45-47", "49-53",
                "55-56", "58-66", "68-75", "77-82", "84-88", "90-99");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String code = value.trim();
            return FORMAT.matcher(code).matches() && DIVISIONS.get(Integer.parseInt(code.substring(0, 2)));
        }

        private static BitSet divisions(String... ranges) {
            BitSet divisions = new BitSet(100);
            for (String range : ranges) {
                String[] bounds = range.split("-");
                divisions.set(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]) + 1);
            }
            return divisions;
        }
    }
}
