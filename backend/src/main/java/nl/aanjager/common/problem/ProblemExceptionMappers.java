package nl.aanjager.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The single exit for errors: every exception becomes an RFC 9457 problem with a stable
 * type. Nothing here echoes exception messages of libraries, class names or stack traces.
 */
public class ProblemExceptionMappers {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    /** PostgreSQL's character_not_in_repertoire and untranslatable_character: text it cannot store. */
    private static final java.util.Set<String> UNSTORABLE_TEXT = java.util.Set.of("22021", "22P05");

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        Problem body = new Problem(e.type().uri(), e.type().title(), e.type().status(), e.getMessage(), pathOf(uri),
                e.fieldErrors(), e.existing(), e.code(), e.params());
        Response.ResponseBuilder builder = Response.fromResponse(respond(e.type(), body));
        if (e.retryAfterSeconds() != null) {
            builder.header("Retry-After", e.retryAfterSeconds());
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> ViolationCodes.fieldError(fieldName(v), v))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return problem(ProblemType.VALIDATION, detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return problem(ProblemType.VALIDATION, "Unknown field '" + field + "'", uri,
                List.of(new Problem.FieldError(field, FieldErrorCode.UNKNOWN_FIELD, "unknown field")));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return problem(ProblemType.MALFORMED_REQUEST, "The request body does not have the expected shape", uri, List.of());
        }
        return problem(ProblemType.VALIDATION, "Field '" + field + "' has a value of the wrong type or format", uri,
                List.of(new Problem.FieldError(field, FieldErrorCode.WRONG_TYPE, "wrong type or format")));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return problem(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON", uri, List.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleWrite(RuntimeException e, UriInfo uri) {
        return problem(ProblemType.PRECONDITION_FAILED,
                "The record was changed by someone else in the meantime; reload it and try again", uri, List.of(),
                ProblemCode.STALE, Map.of());
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        org.hibernate.exception.ConstraintViolationException violation = findCause(e,
                org.hibernate.exception.ConstraintViolationException.class);
        if (violation != null) {
            return problem(ProblemType.CONFLICT, "The change conflicts with existing data ("
                    + violation.getKind().name().toLowerCase().replace('_', ' ') + ")", uri, List.of());
        }
        if (findCause(e, StaleStateException.class) != null) {
            return staleWrite(e, uri);
        }
        java.sql.SQLException sql = findCause(e, java.sql.SQLException.class);
        if (sql != null && UNSTORABLE_TEXT.contains(sql.getSQLState())) {
            // a NUL character (\u0000) in a parameter or field: PostgreSQL text cannot hold it
            return problem(ProblemType.VALIDATION, "The request contains a character that cannot be stored (such"
                    + " as NUL, \\u0000)", uri, List.of());
        }
        return internal(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        JsonProcessingException json = findCause(e, JsonProcessingException.class);
        if (json instanceof UnrecognizedPropertyException unknown) {
            return unknownProperty(unknown, uri);
        }
        if (json instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, uri);
        }
        if (json != null) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter does not convert; it is a bad request
            return problem(ProblemType.MALFORMED_REQUEST, "A path or query parameter has the wrong format", uri,
                    List.of());
        }
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> null;
        };
        if (type == null) {
            return status >= 500 ? internal(e, uri) : Response.status(status).build();
        }
        String detail = status == 404 ? "No resource at " + uri.getPath() : type.title();
        return problem(type, detail, uri, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response internal(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), DatabaseUnavailable.describe(e));
            return Response.fromResponse(problem(ProblemType.SERVICE_UNAVAILABLE,
                    "The database cannot be reached or accepts no changes at the moment; nothing was changed."
                            + " Try again in a few seconds", uri, List.of(), ProblemCode.DATABASE_UNAVAILABLE, Map.of()))
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error, incident %s on %s", incident, uri.getPath());
        return problem(ProblemType.INTERNAL, "Something went wrong on our side; incident " + incident, uri, List.of(),
                ProblemCode.INTERNAL, Map.of("incident", incident));
    }

    public static Response problem(ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return problem(type, detail, uri, errors, null, Map.of());
    }

    private static Response problem(ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors,
            ProblemCode code, Map<String, String> params) {
        return respond(type, new Problem(type.uri(), type.title(), type.status(), detail, pathOf(uri), errors, null,
                code, params));
    }

    private static Response respond(ProblemType type, Problem body) {
        Response.ResponseBuilder response = Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body);
        if (type == ProblemType.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"aanjager\"");
        }
        return response.build();
    }

    private static String pathOf(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getPath();
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
