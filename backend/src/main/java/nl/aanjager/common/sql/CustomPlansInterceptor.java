package nl.aanjager.common.sql;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;

/** Runs the method in a transaction whose statements get plans for their actual values. */
@CustomPlans
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class CustomPlansInterceptor {
    @Inject
    EntityManager entityManager;

    @AroundInvoke
    Object planForActualValues(InvocationContext context) throws Exception {
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                // local: the setting ends with the transaction, the pooled connection keeps its default
                entityManager.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)")
                        .getSingleResult();
                return context.proceed();
            });
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
