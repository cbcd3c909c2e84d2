package org.paniercommun.access;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * One rule for every address (issue 21): each object a path or query parameter names ({@code /api/rounds/{roundId}},
 * {@code /foyers/{id}}, {@code ?groupe=7}) must lie within the scope of the roles the operation is called in, or the
 * answer is 404 before the resource runs. The kind of object is read from the parameter's name, and for {@code {id}}
 * from the path segment before it ({@link ParameterKinds}); an operation with a parameter of no known kind fails at
 * its first call (a 500 that the scope test turns into a failure), so no new address escapes the rule unnoticed.
 * What a body names is checked by the service that reads it ({@link Scope#require}).
 */
public class ScopeFilter {

    /** The checks of each resource method, worked out at its first call. */
    private static final Map<Method, Checks> CHECKS = new ConcurrentHashMap<>();

    private static final java.util.regex.Pattern PATH_PARAMETER = java.util.regex.Pattern.compile("\\{(\\w+)");

    @Inject
    SecurityIdentity identity;

    @Inject
    Scope scope;

    record Named(String name, boolean query, ObjectKind kind) {
    }

    /** What one operation checks: the roles it is called in (null: any the account holds) and its named objects. */
    record Checks(boolean open, Set<String> roles, List<Named> parameters) {
    }

    /** Before the other filters (the CSRF check among them): outside its scope, a request learns nothing more. */
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHORIZATION)
    public void check(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null || identity.isAnonymous()) {
            return; // anonymous requests reach only what is public; the role checks refuse the rest
        }
        // The reach is read here, before the resource runs, while the request holds no connection: lists and forms
        // ask for it later, maybe while a read of theirs holds one (web/OneConnectionPerRequest).
        Checks checks = CHECKS.computeIfAbsent(method, m -> checksOf(resource.getResourceClass(), m));
        if (checks.open() || checks.parameters().isEmpty()) {
            scope.reach();
            return;
        }
        Set<String> roles = checks.roles() == null ? identity.getRoles() : checks.roles();
        MultivaluedMap<String, String> path = uri.getPathParameters();
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        List<Scope.Target> targets = new ArrayList<>(checks.parameters().size());
        for (Named named : checks.parameters()) {
            String value = named.query() ? query.getFirst(named.name()) : path.getFirst(named.name());
            Long id = id(value);
            if (id != null) { // not a number: the resource answers it (400 or 404)
                targets.add(new Scope.Target(named.kind(), id));
            }
        }
        scope.requireAll(targets, roles);
    }

    static Checks checksOf(Class<?> type, Method method) {
        boolean open = method.isAnnotationPresent(PermitAll.class)
                || (type.isAnnotationPresent(PermitAll.class) && !method.isAnnotationPresent(RolesAllowed.class)
                        && !method.isAnnotationPresent(Authenticated.class));
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !method.isAnnotationPresent(Authenticated.class)) {
            allowed = type.getAnnotation(RolesAllowed.class);
        }
        Set<String> roles = allowed == null ? null : Set.of(allowed.value());
        String template = template(type, method);
        List<Named> parameters = new ArrayList<>();
        java.util.regex.Matcher names = PATH_PARAMETER.matcher(template);
        while (names.find()) {
            ObjectKind kind = ParameterKinds.ofPath(template, names.group(1));
            if (kind != null) {
                parameters.add(new Named(names.group(1), false, kind));
            }
        }
        for (Parameter parameter : method.getParameters()) {
            QueryParam queryParam = parameter.getAnnotation(QueryParam.class);
            if (queryParam != null) {
                ObjectKind kind = ParameterKinds.ofQuery(queryParam.value());
                if (kind != null) {
                    parameters.add(new Named(queryParam.value(), true, kind));
                }
            }
        }
        return new Checks(open, roles, List.copyOf(parameters));
    }

    /** The operation's whole path template: its class's path and its own. */
    public static String template(Class<?> type, Method method) {
        Path classPath = type.getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        String base = classPath == null ? "" : classPath.value();
        String own = methodPath == null ? "" : methodPath.value();
        String joined = (base.endsWith("/") ? base : base + "/") + (own.startsWith("/") ? own.substring(1) : own);
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Long id(String value) {
        if (value == null || value.isEmpty() || value.length() > 18) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return null;
            }
        }
        return Long.parseLong(value);
    }
}
