package nl.aanjager.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field whose value never goes into the audit trail: a secret (a ticket token, a cancel code), or
 * the name of who acted, which the entry keeps as its actor's name already.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NotAudited {
}
